// The page sends the panel an analysis a page at a time: the report carries a summary of every statement
// (the counts, the speakers) and the first page; getStatements the next pages, of all statements or of one
// speaker's, in text order. Why: on a 5 MB article the whole analysis (~32,000 statements, ~12 MB) went in
// one reply, and Firefox copies a content script's reply on the page's main thread: 6–62 s of frozen page.
import type { Statement } from '../core/types';
import { groupBySpeaker, speakerKey } from './group-by-speaker';
import type { AnalysisSummary, StatementsRequest } from './statement-page-messages';
import { summarizeSourcing } from './sourcing-summary';

/**
 * At most this many statements in one message. A normal article (tens, at most a few hundred) still
 * comes whole in the report, so its panel needs no second message; a page of 500 statements is some
 * 200 KB, which Firefox copies in a few milliseconds (what the page feels is bounded, not the total).
 */
export const STATEMENT_PAGE_SIZE = 500;
/** And at most this much statement text (UTF-16 units), for articles of long quotes: the same ~200 KB. */
export const STATEMENT_PAGE_CHARS = 200_000;
/**
 * The report's first page when the statements are more than one page anyway (a huge article): the panel
 * asks for the report by itself while the page is read, and Firefox copies a reply on the page's main
 * thread (500 statements of the 5 MB article: 36-42 ms a reply, on top of the report's own build).
 * Paged either way, the panel asks for the rest as the reader scrolls to it.
 */
export const FIRST_PAGE_OF_MANY = 100;

/** How many statements the report's first page holds, of `total`: all of a normal article's. */
export const firstPageSize = (total: number): number =>
  total > STATEMENT_PAGE_SIZE ? FIRST_PAGE_OF_MANY : STATEMENT_PAGE_SIZE;

/** Every statement counted: the sourcing summary and the speakers' groups without their statements. */
export function summarizeAnalysis(statements: readonly Statement[]): AnalysisSummary {
  return {
    total: statements.length,
    sourcing: summarizeSourcing(statements),
    speakers: groupBySpeaker(statements).map((group) => ({
      key: group.key,
      name: group.name,
      role: group.role,
      type: group.type,
      aliases: group.aliases,
      color: group.color,
      count: group.statements.length,
    })),
  };
}

/** The statements a request selects, before paging: all, or one speaker's. */
export function selectStatements(
  statements: readonly Statement[],
  speaker: string | undefined,
): readonly Statement[] {
  return speaker === undefined ? statements : statements.filter((s) => speakerKey(s) === speaker);
}

/** The page of `selected` from `from`: at least one statement when any is left, then up to the bounds. */
export function pageOf(
  selected: readonly Statement[],
  from: number,
  size = STATEMENT_PAGE_SIZE,
): readonly Statement[] {
  const start = Math.max(0, Math.floor(from));
  const page: Statement[] = [];
  let chars = 0;
  for (let i = start; i < selected.length && page.length < size; i++) {
    const statement = selected[i]!;
    chars += statement.text.length;
    if (page.length > 0 && chars > STATEMENT_PAGE_CHARS) break;
    page.push(statement);
  }
  return page;
}

/** The speaker key a request selects by: given, or that of the statement `speakerOf` names. */
function speakerAsked(statements: readonly Statement[], request: StatementsRequest): string | undefined {
  if (request.speakerOf === undefined) return request.speaker;
  const named = statements.find((s) => s.id === request.speakerOf);
  return named ? speakerKey(named) : request.speaker;
}

/** The page a request asks for, with how many statements its selection holds (and whose they are). */
export function statementPage(
  statements: readonly Statement[],
  request: StatementsRequest,
  size = STATEMENT_PAGE_SIZE,
): { statements: readonly Statement[]; total: number; speaker?: string } {
  const speaker = speakerAsked(statements, request);
  const selected = selectStatements(statements, speaker);
  const page = { statements: pageOf(selected, request.from, size), total: selected.length };
  return speaker === undefined ? page : { ...page, speaker };
}
