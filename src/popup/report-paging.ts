// The popup's side of paging: a long analysis comes as its summary and the first page of statements, and
// the rest is asked of the tab (a speaker's for the list, every one for an export).
import type { Analysis, PageReport } from '../shared/messages';
import type { AnalysisSummary } from '../shared/statement-page-messages';
import { summarizeAnalysis } from '../shared/statement-pages';
import type { PanelPaging } from './group-pager';
import { requestAllStatements, sendToTab, type Target } from './tab-messenger';

/** The page's count of every statement; from the statements themselves where it sent none. */
export function summaryOf(report: PageReport | undefined, analysis: Analysis): AnalysisSummary {
  return report?.summary ?? summarizeAnalysis(analysis.statements);
}

/** How the list asks the page for more, where it sent only the first statements; undefined where it sent all.
 * `target` is read at each request: the side panel may have moved to another tab meanwhile. */
export function pagingFor(
  report: PageReport,
  analysis: Analysis,
  target: () => Target,
): PanelPaging | undefined {
  const summary = summaryOf(report, analysis);
  if (summary.total <= analysis.statements.length) return undefined;
  return {
    speakers: summary.speakers,
    load: (speaker, from) => sendToTab(target(), { type: 'getStatements', payload: { speaker, from } }),
    // Asked from past the end: the answer names the speaker and carries no statement.
    speakerOf: async (id) => {
      const payload = { from: Number.MAX_SAFE_INTEGER, speakerOf: id };
      return (await sendToTab(target(), { type: 'getStatements', payload })).speaker ?? null;
    },
  };
}

/** The analysis with every statement: the report holds the first page of a long one, a file needs all. */
export async function wholeAnalysis(
  report: PageReport,
  analysis: Analysis,
  target: Target,
): Promise<Analysis> {
  return summaryOf(report, analysis).total > analysis.statements.length
    ? { ...analysis, statements: await requestAllStatements(target) }
    : analysis;
}
