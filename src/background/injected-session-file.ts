// Apart from inject-session.ts so that the build config can read it without the extension's API.

/** The injected session script's file in Chrome's build (content-script-pieces' `injected`); never web-accessible. */
export const INJECTED_SESSION_FILE = 'assets/session-injected.js';
