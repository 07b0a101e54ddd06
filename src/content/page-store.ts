// The one owner of what the content script knows of its page: the state, the analysis whose highlights
// are on the page, and the error when there is one. The entry and the session change it only here, and
// it reports each change of state (the background sets the badge; an open popup asks again). It answers
// the panel a page of statements at a time (shared/statement-pages.ts says why).
import type { PageReport, PageState } from '../shared/messages';
import type { AnalysisSummary, StatementPage, StatementsRequest } from '../shared/statement-page-messages';
import { firstPageSize, selectStatements, statementPage, summarizeAnalysis } from '../shared/statement-pages';
import { entryTimes } from '../page/entry-time';
import type { PageAnalysis } from './page-analysis';

/** A change of state as the background hears of it: the state, and how many statements there are. */
export interface ReportedChange {
  readonly state: PageState;
  readonly count: number;
}

export interface PageStore {
  readonly state: PageState;
  /** The analysis on the page (set once anchored, while it is painted), or null. */
  readonly current: PageAnalysis | null;
  /** The state, and when ready the analysis's summary with its first page of statements. */
  report(): PageReport;
  /** A page of the ready analysis's statements (none when there is no ready analysis). */
  statements(request: StatementsRequest): StatementPage;
  /** The ids of one speaker's statements (a SpeakerSummary key) in the ready analysis. */
  speakerIds(speaker: string): string[];
  /** Moves to `state` and reports it; `error` says why, for 'error'. */
  enter(state: PageState, error?: string): void;
  /** Moves to `state` without a report: the entry's answer until it decides, and reports. */
  assume(state: PageState): void;
  /** The analysis now on the page, or none. */
  show(current: PageAnalysis | null): void;
}

/** The entry times of a live blog's statements among `ids`, when there are any. */
function liveBlogTimes(
  current: PageAnalysis,
  ids: ReadonlySet<string>,
): { entryTimes?: Record<string, string> } {
  // In text order, as a page is: the look stops at its last statement, not at the end of a 5 MB article's
  // tens of thousands (Firefox: 9-11 ms of the sidebar's report while the page is read).
  const statements: { id: string; node: Node | null }[] = [];
  for (const entry of current.anchored) {
    if (statements.length === ids.size) break;
    const { id } = entry.statement;
    if (ids.has(id)) statements.push({ id, node: entry.range?.startContainer ?? null });
  }
  const times = entryTimes(current.located.root, statements);
  return Object.keys(times).length > 0 ? { entryTimes: times } : {};
}

/** The page `request` asks of `current`, with its statements' entry times. */
function pageWithTimes(current: PageAnalysis, request: StatementsRequest, size?: number): StatementPage {
  const page = statementPage(current.analysis.statements, request, size);
  return { ...page, ...liveBlogTimes(current, new Set(page.statements.map((s) => s.id))) };
}

export function createPageStore(url: () => string, onReport: (change: ReportedChange) => void): PageStore {
  let state: PageState = 'not-article';
  let error: string | undefined;
  let current: PageAnalysis | null = null;
  // Summarised once per analysis: a report is asked for again and again while the panel is open.
  let summarized: { of: PageAnalysis; summary: AnalysisSummary } | null = null;
  const ready = (): PageAnalysis | null => (state === 'ready' ? current : null);
  const summaryOf = (shown: PageAnalysis): AnalysisSummary => {
    if (summarized?.of !== shown)
      summarized = { of: shown, summary: summarizeAnalysis(shown.analysis.statements) };
    return summarized.summary;
  };
  const readyReport = (shown: PageAnalysis): Partial<PageReport> => {
    const size = firstPageSize(shown.analysis.statements.length);
    const { statements, entryTimes: times } = pageWithTimes(shown, { from: 0 }, size);
    return {
      analysis: { ...shown.analysis, statements },
      summary: summaryOf(shown),
      ...(times ? { entryTimes: times } : {}),
    };
  };
  return {
    get state() {
      return state;
    },
    get current() {
      return current;
    },
    report() {
      const shown = ready();
      return {
        url: url(),
        state,
        analysis: null,
        ...(state === 'error' && error ? { error } : {}),
        ...(shown ? readyReport(shown) : {}),
      };
    },
    statements(request) {
      const shown = ready();
      return shown ? pageWithTimes(shown, request) : { statements: [], total: 0 };
    },
    speakerIds(speaker) {
      const shown = ready();
      return shown ? selectStatements(shown.analysis.statements, speaker).map((s) => s.id) : [];
    },
    enter(next, why) {
      state = next;
      error = why;
      onReport({ state, count: ready()?.analysis.statements.length ?? 0 });
    },
    assume(next) {
      state = next;
    },
    show(next) {
      current = next;
    },
  };
}
