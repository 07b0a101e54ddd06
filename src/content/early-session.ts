// The analyzer's module as the document_start script (preload.ts) loaded it, for the entry to take at
// document_idle without an import() of its own: even for a module loaded already, import() answers in a
// later task, behind whatever the page has queued by then. Kept on the content scripts' own global (their
// isolated world in Chrome, their sandbox in Firefox: the page cannot see it), as early-settings.ts
// keeps the settings read.
import { markEarly } from './early-marks';
import type * as SessionModule from './session';

const SLOT = '__sourcelightSession';

const holder = globalThis as { [SLOT]?: typeof SessionModule };

/**
 * True where the build keeps the session in the entry's own script (off: vite.config.ts), whose
 * import() then only evaluates it: there is no module to load ahead. Set at build time (absent in tests).
 */
declare const SOURCELIGHT_SESSION_IN_ENTRY: boolean | undefined;

export const SESSION_IN_ENTRY =
  typeof SOURCELIGHT_SESSION_IN_ENTRY === 'boolean' && SOURCELIGHT_SESSION_IN_ENTRY;

/** Starts loading the analyzer; once loaded, it waits here for the entry. */
export function preloadSession(): void {
  if (SESSION_IN_ENTRY) return;
  const start = performance.now();
  import('./session').then(
    (module) => {
      holder[SLOT] = module;
      markEarly('session', start);
    },
    () => undefined,
  );
}

/** The analyzer if the preload has loaded it by now, else null. */
export function loadedSession(): typeof SessionModule | null {
  return holder[SLOT] ?? null;
}
