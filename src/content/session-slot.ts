// Where the entry keeps its session: the analyzer (Readability, page layer) is loaded by import() on first
// need, and there is at most one session at a time. The preload loads it ahead; a build may keep it in the
// entry's own script instead (off: vite.config.ts says why), where that import() only evaluates it.
import { arrivingSession, loadedSession, SESSION_IN_ENTRY } from './early-session';
import type * as SessionModule from './session';
import { measurePart, yieldToPage } from './timing';

export interface SessionSlot {
  /** Starts loading the analyzer without creating a session. */
  preload(): void;
  /** The session, created on the first call. */
  load(): Promise<SessionModule.Session>;
  /** The session if one was asked for, else null. */
  loaded(): Promise<SessionModule.Session> | null;
  /** Disposes of the session (the next load() creates another). */
  drop(): Promise<void>;
}

/** `before` runs alongside the import (reading the settings); the session goes with `signal`. */
export function createSessionSlot(
  env: SessionModule.SessionEnv,
  before: () => Promise<void>,
  signal: AbortSignal,
): SessionSlot {
  let module: Promise<typeof SessionModule> | null = null;
  let session: Promise<SessionModule.Session> | null = null;
  const loadModule = () => {
    if (module) return module;
    // Loaded by the preload already: taken as it is, without waiting a task for import() to answer.
    const early = loadedSession();
    if (early) return (module = Promise.resolve(early));
    const start = performance.now();
    // Being injected by the background (Chrome): taken when it runs here, else imported after all.
    const arriving = arrivingSession();
    if (arriving) {
      let injected = true;
      module = arriving.catch(() => ((injected = false), import('./session')));
      module.then(
        () => measurePart(injected ? 'injected' : 'import', start),
        () => undefined,
      );
      return module;
    }
    // Where the build keeps the session in this script, import() would evaluate it within the
    // script's own task, after its compile: a task of its own keeps each well under 50 ms on a busy page.
    module = SESSION_IN_ENTRY ? yieldToPage(signal).then(() => import('./session')) : import('./session');
    // A diagnostic for the bench (sourcelight-part:*, recorded only when asked): the analyzer's load.
    module.then(
      () => measurePart('import', start),
      () => undefined,
    );
    return module;
  };
  return {
    preload: () => void loadModule().catch(() => undefined),
    load: () =>
      (session ??= Promise.all([loadModule(), before()]).then(([{ createSession }]) => {
        const created = createSession(env);
        signal.addEventListener('abort', () => created.dispose());
        return created;
      })),
    loaded: () => session,
    async drop() {
      const dropped = session;
      session = null;
      if (dropped) (await dropped).dispose();
    },
  };
}
