// The analyzer's module as the document_start script (preload.ts) loaded it, for the entry to take at
// document_idle without an import() of its own: even for a module loaded already, import() answers in a
// later task, behind whatever the page has queued by then. Kept on the content scripts' own global (their
// isolated world in Chrome, their sandbox in Firefox: the page cannot see it), as early-settings.ts
// keeps the settings read. In Chrome the background injects it (session-injected.ts) instead of an import().
import { markEarly } from './early-marks';
import type * as SessionModule from './session';

type Module = typeof SessionModule;

const SLOT = '__sourcelightSession';
const ARRIVING = '__sourcelightSessionArriving';

const holder = globalThis as {
  [SLOT]?: Module;
  [ARRIVING]?: { readonly module: Promise<Module>; readonly arrived: (module: Module) => void };
};

/**
 * True where the build keeps the session in the entry's own script (off: vite.config.ts), whose
 * import() then only evaluates it: there is no module to load ahead. Set at build time (absent in tests).
 */
declare const SOURCELIGHT_SESSION_IN_ENTRY: boolean | undefined;
/** True where the background injects the session into an article's frame (Chrome's build). */
declare const SOURCELIGHT_SESSION_INJECTED: boolean | undefined;

export const SESSION_IN_ENTRY =
  typeof SOURCELIGHT_SESSION_IN_ENTRY === 'boolean' && SOURCELIGHT_SESSION_IN_ENTRY;
export const SESSION_INJECTED =
  typeof SOURCELIGHT_SESSION_INJECTED === 'boolean' && SOURCELIGHT_SESSION_INJECTED;

/**
 * Starts loading the analyzer; once loaded, it waits here for the entry. `inject`, where given (the
 * build's SESSION_INJECTED), asks the background to put it into this frame, answered once it ran here.
 */
export function preloadSession(inject?: () => Promise<unknown>): void {
  if (SESSION_IN_ENTRY) return;
  const start = performance.now();
  const loaded = (module: Module) => {
    holder[SLOT] = module;
    // How it came, for the bench and the e2e check that Chrome's injection works (its import() is a fallback).
    markEarly(inject ? 'session-injected' : 'session', start);
  };
  if (!inject) return void import('./session').then(loaded, () => undefined);
  let arrived: (module: Module) => void = () => undefined;
  const module = new Promise<Module>((resolve, reject) => {
    arrived = resolve;
    // The script runs before the background's answer comes back: an answer without it is a failure.
    inject().then(
      () => holder[SLOT] ?? reject(new Error('injectSession: the session did not arrive')),
      reject,
    );
  });
  module.catch(() => undefined);
  holder[ARRIVING] = { module, arrived: (m) => (loaded(m), arrived(m)) };
}

/** Called by the injected session script with its module. */
export function deliverSession(module: Module): void {
  const arriving = holder[ARRIVING];
  if (arriving) arriving.arrived(module);
  else holder[SLOT] = module;
}

/** The analyzer if the preload has loaded it by now, else null. */
export function loadedSession(): Module | null {
  return holder[SLOT] ?? null;
}

/** The analyzer the background is injecting, if the preload asked for it (rejects if it cannot come). */
export function arrivingSession(): Promise<Module> | null {
  return holder[ARRIVING]?.module ?? null;
}
