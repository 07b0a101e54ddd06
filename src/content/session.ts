// The analyzer, loaded with import() only on article pages or when the user asks: runs the pass,
// keeps the page's highlights in step with re-renders and navigation, and answers for the page.
import { describeUi } from '../page/describe-ui';
import type { PageReport } from '../shared/messages';
import type { UiState } from '../shared/ui-state';
import type { Settings } from '../shared/settings';
import type { PageStore } from './page-store';
import { createSessionPasses } from './session-passes';
import { createSessionView } from './session-view';
import type { PageWatch } from './watch-page';
import { watchSession, type PageLifeHooks } from './watch-session';

export interface SessionEnv extends PageLifeHooks {
  readonly doc: Document;
  /** The page's state: the session moves it through 'analyzing' to 'ready' (and reports each move). */
  readonly store: PageStore;
  readonly settings: () => Settings;
}

export interface Session {
  /** Analyses the page now (the report is the store's: built only where one is asked for). */
  run(): Promise<void>;
  show(id: string): Promise<boolean>;
  step(direction: 1 | -1): Promise<boolean>;
  /** Dims every highlight but these statements' (null: none dimmed). */
  focus(ids: readonly string[] | null): Promise<boolean>;
  setActive(active: boolean): Promise<PageReport>;
  /** The card and keyboard link as shown now (the testing contract's `describeUi`). */
  describeUi(): UiState;
  /** Removes every trace from the page and stops all listeners. */
  dispose(): void;
}

export function createSession(env: SessionEnv): Session {
  const { doc, store } = env;
  let lifetime: AbortController | null = null;
  let watch: PageWatch | null = null;
  const view = createSessionView(doc, store, env.settings, () => watch);
  const passes = createSessionPasses(doc, store, view);

  const startWatching = (): void => {
    lifetime?.abort();
    lifetime = new AbortController();
    watch = watchSession({ ...env, view, onContentChanged: () => void passes.refresh() }, lifetime.signal);
  };
  const stop = (): void => {
    passes.abort();
    view.retire();
    lifetime?.abort();
    watch = null;
    store.show(null);
  };

  return {
    async run() {
      if (!watch) startWatching();
      await passes.full();
    },
    show: async (id) => store.state === 'ready' && view.cards.open(id, true),
    step: async (direction) => store.state === 'ready' && view.cards.step(direction),
    async focus(ids) {
      view.highlighter.setFocus(ids ? new Set(ids) : null);
      return store.state === 'ready';
    },
    async setActive(active) {
      if (!active) {
        stop();
        store.enter('disabled');
        return store.report();
      }
      startWatching();
      await passes.full();
      return store.report();
    },
    describeUi: () => describeUi(doc),
    dispose: stop,
  };
}
