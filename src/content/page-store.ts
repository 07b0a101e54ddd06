// The one owner of what the content script knows of its page: the state, the analysis whose highlights
// are on the page, and the error when there is one. The entry and the session change it only here, and
// it reports each change of state (the background sets the badge; an open popup asks again).
import type { PageReport, PageState } from '../shared/messages';
import { entryTimes } from '../page/entry-time';
import type { PageAnalysis } from './page-analysis';

export interface PageStore {
  readonly state: PageState;
  /** The analysis on the page (set once anchored, while it is painted), or null. */
  readonly current: PageAnalysis | null;
  report(): PageReport;
  /** Moves to `state` and reports it; `error` says why, for 'error'. */
  enter(state: PageState, error?: string): void;
  /** Moves to `state` without a report: the entry's answer until it decides, and reports. */
  assume(state: PageState): void;
  /** The analysis now on the page, or none. */
  show(current: PageAnalysis | null): void;
}

/** The entry times of a live blog's statements, when there are any. */
function liveBlogTimes(current: PageAnalysis): { entryTimes?: Record<string, string> } {
  const statements = current.anchored.map((a) => ({
    id: a.statement.id,
    node: a.range?.startContainer ?? null,
  }));
  const times = entryTimes(current.located.root, statements);
  return Object.keys(times).length > 0 ? { entryTimes: times } : {};
}

export function createPageStore(url: () => string, onReport: (report: PageReport) => void): PageStore {
  let state: PageState = 'not-article';
  let error: string | undefined;
  let current: PageAnalysis | null = null;
  const report = (): PageReport => ({
    url: url(),
    state,
    analysis: state === 'ready' && current ? current.analysis : null,
    ...(state === 'error' && error ? { error } : {}),
    ...(state === 'ready' && current ? liveBlogTimes(current) : {}),
  });
  return {
    get state() {
      return state;
    },
    get current() {
      return current;
    },
    report,
    enter(next, why) {
      state = next;
      error = why;
      onReport(report());
    },
    assume(next) {
      state = next;
    },
    show(next) {
      current = next;
    },
  };
}
