// The pass's steps when the article changed in place: its text is read again from the container found
// before (no new Readability parse), and the statements found before are re-anchored in it (fuzzy, as
// Hypothesis does, but only those the change touched: page/reanchor.ts) so the highlights survive at once; then the new text is analysed, since appended
// paragraphs bring new statements.
import type { Statement } from '../core/types';
import { reanchorQuote, textEdit } from '../page/reanchor';
import { readArticleInSlices } from '../page/extract-article';
import type { AnchoredStatement, PageAnalysis } from './page-analysis';
import type { PassSteps } from './run-pass';
import type { StageClock } from './stage';

export function refreshSteps(before: PageAnalysis): PassSteps {
  return {
    previous: before.anchored,
    // In slices: on a long article the read alone is a long task, and a live page asks for it often.
    extract: async (clock) => {
      if (!before.located.root.isConnected) return null;
      const article = await readArticleInSlices(before.located, () => clock.yield());
      return article ? { located: before.located, article } : null;
    },
    known: async ({ article }, clock) =>
      article.text === before.article.text
        ? { analysis: before.analysis, settled: true }
        : {
            analysis: {
              ...before.analysis,
              statements: await reanchored(before.anchored, before.article.text, article.text, clock),
            },
            settled: false,
          },
  };
}

/**
 * The statements found before, where they are in the changed text: only those the change touched are
 * searched; in chunks, since a live page may hold thousands.
 */
async function reanchored(
  anchored: readonly AnchoredStatement[],
  before: string,
  text: string,
  clock: StageClock,
): Promise<Statement[]> {
  // Not in the task of the read's last slice: comparing the texts is a pass over the whole article.
  await clock.yield();
  const edit = textEdit(before, text);
  const found: Statement[] = [];
  await clock.chunked(anchored, ({ statement, quote }) => {
    const span = reanchorQuote(text, quote, edit);
    if (!span) return;
    // Before the edit a statement keeps its place, and its object (thousands of copies a second else).
    found.push(
      span.start === statement.start && span.end === statement.end
        ? statement
        : shifted(statement, span.start, span.end),
    );
  });
  return found;
}

/** Moves a statement (and its cue and mention) to a new span found by re-anchoring. */
function shifted(statement: Statement, start: number, end: number): Statement {
  const delta = start - statement.start;
  const mention = statement.speaker?.mention;
  const move = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + delta,
    end: span.end + delta,
  });
  return {
    ...statement,
    start,
    end,
    cue: statement.cue ? move(statement.cue) : null,
    speaker:
      statement.speaker && mention ? { ...statement.speaker, mention: move(mention) } : statement.speaker,
  };
}
