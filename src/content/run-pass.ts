// The pass over one page, written once for the first analysis and for every refresh after a change:
// extract (the article's text and its map) → analyze (the core, in the background when it answers) →
// anchor (spans → Ranges, with quote selectors kept for re-anchoring) → paint (highlights). Each is a
// stage: measured, and the page gets the main thread back between its tasks and chunks.
import type { Analysis } from '../core/types';
import { sameHints } from '../shared/page-copy';
import type { ExtractedArticle } from '../page/extract-article';
import type { Highlighter } from '../page/highlighter';
import { analyzeInSections } from './analyze-in-sections';
import { analyzeText } from './analyze-text';
import { anchorStatements } from './anchor-statements';
import type { AnalyzedCopy } from './locate-in-background';
import type { AnchoredStatement, ArticleOnPage, PageAnalysis } from './page-analysis';
import { paintStatements, type PaintOptions } from './paint-statements';
import { shortenStretches, stage, startStretch, type StageClock } from './stage';
import { measurePart } from './timing';
import { SECTIONED_TEXT_CHARS } from './text-sections';

/** What is known of an article before it is analysed: shown at once. */
interface KnownAnalysis {
  readonly analysis: Analysis;
  /** Nothing is left to analyse (a refresh of an unchanged text). */
  readonly settled: boolean;
}

export interface PassSteps {
  /** Finds the article: the first pass with Readability, a refresh in the container found before. */
  readonly extract: (clock: StageClock) => ArticleOnPage | null | Promise<ArticleOnPage | null>;
  /** A refresh's previous statements, re-anchored in the new text so its highlights survive at once. */
  readonly known?: (found: ArticleOnPage, clock: StageClock) => Promise<KnownAnalysis>;
  /** A refresh's statements as anchored before: ranges still in place are reused. */
  readonly previous?: readonly AnchoredStatement[];
}

/** Where the pass shows what it found. */
export interface PassView {
  readonly highlighter: Highlighter;
  readonly options: () => PaintOptions;
  /** `next` is now the page's analysis (its highlights still to paint): what was shown goes. */
  readonly replace: (next: PageAnalysis) => void;
  /** `page`'s highlights are painted: what the reader needs only after them (the keyboard's link). */
  readonly painted?: (page: PageAnalysis) => void;
}

/** The page's analysis once painted; null when there is no article text. Rejects when `signal` aborts. */
export async function runPass(
  steps: PassSteps,
  view: PassView,
  signal: AbortSignal,
): Promise<PageAnalysis | null> {
  startStretch(steps.known || steps.previous ? 'refresh' : 'first');
  const found = await stage('extract', signal, steps.extract);
  if (!found) return null;
  const { known: reanchor } = steps;
  const known = reanchor && (await stage('anchor', signal, (clock) => reanchor(found, clock)));
  let previous = steps.previous ?? [];
  if (known) {
    const shown = await show(found, known.analysis, view, signal, previous);
    if (known.settled) return shown;
    previous = shown.anchored;
  }
  const { text, hints } = found.article;
  if (text.length > SECTIONED_TEXT_CHARS) {
    shortenStretches();
    return analyzeInSections(text, hints, signal, async (analysis) => {
      const page = await show(found, analysis, view, signal, previous);
      previous = page.anchored;
      return page;
    });
  }
  const analysis = await stage('analyze', signal, async (clock) => {
    const early = found.analyzed && analyzedAlready(found.article, await clock.wait(found.analyzed));
    // A diagnostic for the bench: how often the copy's text is the page's.
    if (found.analyzed)
      measurePart(early ? 'copy-analysis-used' : 'copy-analysis-differs', performance.now(), 0);
    return early ? tookEarly(early, clock) : analyzeText(text, hints, clock);
  });
  return show(found, analysis, view, signal, previous);
}

/**
 * The background's analysis of the copy, when it read the very text and hints the page reads (else its
 * offsets would not be the page's): then no request goes out for it.
 */
function analyzedAlready(article: ExtractedArticle, analyzed: AnalyzedCopy | null): AnalyzedCopy | null {
  return analyzed && analyzed.text === article.text && sameHints(article.hints, analyzed.hints)
    ? analyzed
    : null;
}

function tookEarly(early: AnalyzedCopy, clock: StageClock): Analysis {
  clock.note({ where: 'background', workMs: early.workMs });
  return early.analysis;
}

/** Anchor (reusing `previous`'s ranges still in place), then paint. */
async function show(
  found: ArticleOnPage,
  analysis: Analysis,
  view: PassView,
  signal: AbortSignal,
  previous: readonly AnchoredStatement[],
): Promise<PageAnalysis> {
  const { statements } = analysis;
  const anchored = await stage('anchor', signal, (clock) =>
    anchorStatements(found.article.map, statements, clock, previous),
  );
  const page: PageAnalysis = { located: found.located, article: found.article, analysis, anchored };
  view.replace(page);
  await stage('paint', signal, (clock) => paintStatements(view.highlighter, anchored, view.options(), clock));
  view.painted?.(page);
  return page;
}
