// What Readability kept of a copy of the page, as plain data that crosses from the background to the page
// (the `parsePage` command): which of the copy's paragraphs held the article's text (by their place in
// document order) and that text, from which the page finds its own live nodes; and the article's text as
// the page will read it, with the core's analysis of it, so that a page reading the same text needs no
// second round trip to the background for its analysis.
import type { Analysis, ArticleHints } from '../core/types';

/** A run of article text Readability kept, with where it was in the copy. */
export interface KeptText {
  /** Index of its paragraph-like element (prepare-clone's PAIRED) in document order; -1 when none. */
  readonly paired: number;
  /** Its characters (trimmed): how much of the article it is. */
  readonly weight: number;
  /** The text itself when long enough to find on the page by content, else null. */
  readonly data: string | null;
}

/** Readability's metadata, the part the page uses (article-hints). */
interface CopyMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
}

/** The article's text read from the copy (without layout: tags and attributes), and its hints. */
export interface CopyArticle {
  readonly text: string;
  readonly hints: ArticleHints;
}

/**
 * Past this many characters the page analyses its text in sections (content/text-sections.ts), each
 * shown as it comes: the background does not hold up the parse's answer analysing it in one go.
 */
export const COPY_ANALYSIS_MAX_CHARS = 200_000;

/** The core's analysis of the copy's article text, and how long the background spent on it, ms. */
export interface CopyAnalysis {
  readonly analysis: Analysis;
  readonly workMs: number;
}

export interface CopyParse {
  /** How many paragraph-like elements the copy had: indices are trusted only when the page has as many. */
  readonly pairedCount: number;
  /** Empty when Readability found nothing (the page then falls back to a landmark). */
  readonly kept: readonly KeptText[];
  readonly metadata: CopyMetadata | null;
  /** How long the background worked on it, ms. */
  readonly workMs: number;
  /** The article's text in the copy, where Readability found one. */
  readonly article?: CopyArticle;
  /**
   * Its analysis (the background's core), valid for the page's text only if equal: in the answer for a
   * marked copy; a parsed copy's follows the answer, for the page to ask for (background/analysis-ahead.ts).
   */
  readonly analyzed?: CopyAnalysis;
}

/** Whether two hints say the same (an absent key and a null one alike): an analysis holds for both. */
export function sameHints(one: ArticleHints, two: ArticleHints): boolean {
  const a: Record<string, unknown> = one;
  const b: Record<string, unknown> = two;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

function isKeptText(value: unknown): value is KeptText {
  return (
    isObject(value) &&
    typeof value.paired === 'number' &&
    typeof value.weight === 'number' &&
    isStringOrNull(value.data)
  );
}

function isMetadata(value: unknown): value is CopyMetadata {
  return (
    isObject(value) &&
    ['title', 'byline', 'siteName', 'publishedTime'].every((key) => isStringOrNull(value[key]))
  );
}

const isCopyArticle = (value: unknown): value is CopyArticle =>
  isObject(value) && typeof value.text === 'string' && isObject(value.hints);

/** The shape of an analysis as far as the page relies on it: a list of statements and an article. */
const isCopyAnalysis = (value: unknown): value is CopyAnalysis =>
  isObject(value) &&
  typeof value.workMs === 'number' &&
  isObject(value.analysis) &&
  Array.isArray(value.analysis.statements) &&
  isObject(value.analysis.article);

/** The analysis made ahead of the page's request (`analysisAhead`), with the text and hints it read. */
export const isAnalyzedCopy = (value: unknown): value is CopyArticle & CopyAnalysis =>
  isCopyArticle(value) && isCopyAnalysis(value);

/** A reply the page can use; anything else (no receiver, an error, an older background) means "parse here". */
export function isCopyParse(value: unknown): value is CopyParse {
  return (
    isObject(value) &&
    typeof value.pairedCount === 'number' &&
    typeof value.workMs === 'number' &&
    Array.isArray(value.kept) &&
    value.kept.every(isKeptText) &&
    (value.metadata === null || isMetadata(value.metadata)) &&
    (value.article === undefined || isCopyArticle(value.article)) &&
    (value.analyzed === undefined || isCopyAnalysis(value.analyzed))
  );
}

/**
 * The service worker asks its offscreen document (Chrome: a DOM of the extension's own) to parse a copy
 * the frame `frame` sent it, and to analyse its text as for a copy sent there directly.
 */
export interface ParseCopyMessage {
  readonly type: 'parseCopy';
  readonly payload: { readonly html: string; readonly marked?: boolean; readonly frame: string };
}

export function isParseCopyMessage(value: unknown): value is ParseCopyMessage {
  return (
    isObject(value) &&
    value.type === 'parseCopy' &&
    isObject(value.payload) &&
    typeof value.payload.html === 'string' &&
    typeof value.payload.frame === 'string'
  );
}
