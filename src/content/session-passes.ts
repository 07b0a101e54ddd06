// The session's two kinds of pass, one at a time: the full pass (Readability finds the article) and the
// refresh that follows the article when it changes in place. Both are runPass, with different steps.
import { extractPage } from './extract-page';
import { createPassRunner } from './pass-runner';
import type { PageStore } from './page-store';
import { refreshSteps } from './refresh-steps';
import { runPass } from './run-pass';
import type { SessionView } from './session-view';

export interface SessionPasses {
  /** Analyses the page from scratch: 'analyzing', then 'ready' or 'not-article' (or 'error'). */
  full(): Promise<void>;
  /** The article changed in place: follow it without a new Readability parse where possible. */
  refresh(): Promise<void>;
  /** Aborts the pass under way. */
  abort(): void;
}

export function createSessionPasses(doc: Document, store: PageStore, view: SessionView): SessionPasses {
  const passes = createPassRunner((message) => store.enter('error', message));
  /** The page changed while a full pass was under way (it may have read the article before the change). */
  let changedDuringPass = false;

  const full = (): Promise<void> =>
    passes.run(async (signal) => {
      view.clear();
      store.show(null);
      changedDuringPass = false;
      store.enter('analyzing');
      const page = await runPass({ extract: (clock) => extractPage(doc, clock) }, view, signal);
      store.enter(page ? 'ready' : 'not-article');
      // No article after all: the paint adopted early (early-styles.ts) goes, as it would never have come.
      if (!page) view.retire();
      if (page && changedDuringPass) void refresh();
    });

  let refreshing = false;
  /** The page changed while a refresh was under way: one more follows it. */
  let changedDuringRefresh = false;

  const refresh = async (): Promise<void> => {
    // Not abort the pass under way (it would leave the page unanalysed): it catches up once done. A page
    // that changes more often than a refresh takes (a live blog under load) would otherwise abort every one.
    if (store.state === 'analyzing') {
      changedDuringPass = true;
      return;
    }
    if (refreshing) {
      changedDuringRefresh = true;
      return;
    }
    refreshing = true;
    changedDuringRefresh = false;
    try {
      await passes.run(async (signal) => {
        const before = store.current;
        if (!before || store.state !== 'ready') return;
        const page = await runPass(refreshSteps(before), view, signal);
        if (!page) return full();
        if (page.article.text !== before.article.text) store.enter('ready');
      });
    } finally {
      refreshing = false;
    }
    if (changedDuringRefresh) return refresh();
  };

  return { full, refresh, abort: () => passes.abort() };
}
