// The pass over one page, top to bottom: extract (Readability, then the text map) → analyze (core, in
// the background when it answers) → anchor (spans → Ranges, with quote selectors kept for re-anchoring) → paint (highlights). Each
// stage is measured and the page gets the main thread back between stages and chunks.
import type { Analysis, Statement } from '../core/types';
import { describeSpan, type QuoteAnchor } from '../page/anchor';
import { readArticle, type ExtractedArticle } from '../page/extract-article';
import { locateMarked, locateParsed, type LocatedArticle } from '../page/locate-article';
import { parsePrepared } from '../page/parse-prepared';
import { prepareClone } from '../page/prepare-clone';
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import { speakerColors } from '../shared/speaker-colors';
import { spanToRange, type TextMap } from '../page/text-map';
import { analyzeText } from './analyze-text';
import { afterFirstPaint, forEachChunked, measure, yieldToPage } from './timing';

export interface AnchoredStatement {
  readonly statement: Statement;
  readonly quote: QuoteAnchor;
  readonly range: Range | null;
  readonly mentionRange: Range | null;
  readonly color: number;
}

export interface PageAnalysis {
  readonly located: LocatedArticle;
  readonly article: ExtractedArticle;
  readonly analysis: Analysis;
  readonly anchored: readonly AnchoredStatement[];
}

export interface PassOptions {
  /** Also paint statements that have no speaker. */
  readonly showUnattributed: boolean;
}

/** Spans → Ranges for the statement and its speaker's mention; chunked for long articles. */
export async function anchorStatements(
  map: TextMap,
  statements: readonly Statement[],
  signal: AbortSignal,
): Promise<AnchoredStatement[]> {
  const start = performance.now();
  const colorOf = speakerColors(statements);
  const anchored: AnchoredStatement[] = [];
  const busy = await forEachChunked(
    statements,
    (statement) => {
      const mention = statement.speaker?.mention ?? null;
      anchored.push({
        statement,
        quote: describeSpan(map.text, statement),
        range: spanToRange(map, statement),
        mentionRange: mention ? spanToRange(map, mention) : null,
        color: colorOf(statement.speaker),
      });
    },
    signal,
  );
  measure('anchor', start, busy);
  return anchored;
}

function paintItems(entry: AnchoredStatement): PaintItem[] {
  const items: PaintItem[] = [];
  const { id } = entry.statement;
  if (entry.range) items.push({ id, range: entry.range, color: entry.color, kind: 'statement' });
  if (entry.mentionRange) items.push({ id, range: entry.mentionRange, color: entry.color, kind: 'mention' });
  return items;
}

export function isShown(entry: AnchoredStatement, options: PassOptions): boolean {
  return options.showUnattributed || entry.statement.speaker !== null;
}

/** Registers highlights in chunks (big pages have hundreds of ranges). */
export async function paintStatements(
  highlighter: Highlighter,
  anchored: readonly AnchoredStatement[],
  options: PassOptions,
  signal: AbortSignal,
): Promise<void> {
  const start = performance.now();
  const shown = anchored.filter((entry) => isShown(entry, options));
  const busy = await forEachChunked(shown, (entry) => highlighter.add(paintItems(entry)), signal);
  measure('paint', start, busy);
}

/** The whole pass; null when the page holds no article text. Rejects when `signal` aborts. */
export async function analyzePage(
  doc: Document,
  highlighter: Highlighter,
  options: PassOptions,
  signal: AbortSignal,
): Promise<PageAnalysis | null> {
  // Up to three tasks: clone and pair; Readability; its live container and the text map (the first two
  // skipped when the page marks its article). Only the text map reads computed styles, so only it waits
  // for the page's first frame (if that is still to come, it comes while Readability works).
  const painted = afterFirstPaint();
  const start = performance.now();
  let located = locateMarked(doc);
  const prepared = located ? null : prepareClone(doc);
  let busy = performance.now() - start;
  await yieldToPage(signal);
  let taskStart = performance.now();
  const parsed = prepared ? parsePrepared(prepared) : null;
  busy += performance.now() - taskStart;
  if (parsed) await yieldToPage(signal);
  await painted;
  signal.throwIfAborted();
  taskStart = performance.now();
  if (parsed) located = locateParsed(parsed);
  const article = located ? readArticle(located) : null;
  measure('extract', start, busy + performance.now() - taskStart);
  if (!located || !article) return null;

  // Waiting for the background gives the page the main thread (analysed here, analyzeText yields).
  const analysis = await analyzeText(article.text, article.hints, signal);

  const anchored = await anchorStatements(article.map, analysis.statements, signal);

  await paintStatements(highlighter, anchored, options, signal);
  return { located, article, analysis, anchored };
}
