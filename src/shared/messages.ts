// The one typed message contract between the extension's contexts. One map per direction;
// commands are imperative, events are in the past tense. Every payload is plain data.
import type { Analysis, ArticleHints, Statement } from '../core/types';

export type { Analysis, ArticleHints, Statement };

/** Why a page has no analysis, or that it has one. */
export type PageState =
  | 'ready' // analysed; `analysis` is set
  | 'not-article' // the detector found no article; the user can still ask for a run
  | 'disabled' // the user turned Sourcelight off for this site
  | 'analyzing'
  | 'error';

export interface PageReport {
  readonly url: string;
  readonly state: PageState;
  readonly analysis: Analysis | null;
  /** A human-readable reason when state is 'error'. */
  readonly error?: string;
}

/** Commands the popup and the background send to a tab's content script. */
export interface ContentCommands {
  /** Return the current analysis of the page. */
  getReport: { request: Record<string, never>; response: PageReport };
  /** Analyse now, even where the detector said "not an article". */
  analyzeNow: { request: Record<string, never>; response: PageReport };
  /** Scroll to a statement and open its card. */
  showStatement: { request: { id: string }; response: { shown: boolean } };
  /** Move to the next (+1) or previous (-1) statement and open its card. */
  stepStatement: { request: { direction: 1 | -1 }; response: { shown: boolean } };
  /** Turn highlighting on or off on this page; off removes every trace. */
  setActive: { request: { active: boolean }; response: PageReport };
}

/** Events and commands content scripts send to the background. */
export interface BackgroundCommands {
  /** The page's analysis changed: update the badge. */
  reportChanged: { request: { state: PageState; count: number }; response: void };
  /** Analyse an article's text off the page's main thread (the text never leaves the browser). */
  analyze: { request: { text: string; hints: ArticleHints }; response: AnalyzeReply };
}

export interface AnalyzeReply {
  readonly analysis: Analysis;
  /** How long the background worked on it, ms (the page measures its own wait). */
  readonly workMs: number;
}

export type MessageOf<M> = {
  [K in keyof M & string]: M[K] extends { request: infer R } ? { type: K; payload: R } : never;
}[keyof M & string];

export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

export type ContentMessage = MessageOf<ContentCommands>;
export type BackgroundMessage = MessageOf<BackgroundCommands>;

const CONTENT_TYPES: ReadonlySet<string> = new Set<keyof ContentCommands>([
  'getReport',
  'analyzeNow',
  'showStatement',
  'stepStatement',
  'setActive',
]);
const BACKGROUND_TYPES: ReadonlySet<string> = new Set<keyof BackgroundCommands>(['reportChanged', 'analyze']);

function hasType(value: unknown, types: ReadonlySet<string>): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    types.has((value as { type: string }).type)
  );
}

/** Narrows an incoming runtime message; anything else is ignored by the receiver. */
export const isContentMessage = (value: unknown): value is ContentMessage => hasType(value, CONTENT_TYPES);
export const isBackgroundMessage = (value: unknown): value is BackgroundMessage =>
  hasType(value, BACKGROUND_TYPES);

/** A reply the page can use: anything else (no receiver, an error, an older background) means "analyse here". */
export function isAnalyzeReply(value: unknown): value is AnalyzeReply {
  const reply = value as Partial<AnalyzeReply> | null;
  return (
    typeof reply === 'object' &&
    reply !== null &&
    typeof reply.workMs === 'number' &&
    typeof reply.analysis === 'object' &&
    reply.analysis !== null &&
    Array.isArray(reply.analysis.statements) &&
    typeof reply.analysis.article === 'object' &&
    reply.analysis.article !== null
  );
}
