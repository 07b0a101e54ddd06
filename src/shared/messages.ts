// The one typed message contract between the extension's contexts. One map per direction;
// commands are imperative, events are in the past tense. Every payload is plain data.
import type { Analysis, ArticleHints } from '../core/types';
import { has } from './has-key';
import type { CopyAnalysis, CopyArticle, CopyParse } from './page-copy';
import { isStatementPage } from './statement-page-messages';
import type { AnalysisSummary, StatementPage, StatementsRequest } from './statement-page-messages';
import type { UiState } from './ui-state';

export type { Analysis, ArticleHints };

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
  /** The article and the first page of its statements (getStatements has the rest; `summary` counts all). */
  readonly analysis: Analysis | null;
  /** All the analysis's statements counted, with `analysis`. */
  readonly summary?: AnalysisSummary;
  /** A human-readable reason when state is 'error'. */
  readonly error?: string;
  /** On a live blog: the time (`datetime`) of the entry each statement is in, by statement id (those sent). */
  readonly entryTimes?: Readonly<Record<string, string>>;
}

/** Commands the popup and the background send to a tab's content script. */
export interface ContentCommands {
  /** Return the current analysis of the page: its summary and the first page of its statements. */
  getReport: { request: Record<string, never>; response: PageReport };
  /** Return a page of the current analysis's statements (the panel scrolls on, unfolds a speaker, exports). */
  getStatements: { request: StatementsRequest; response: StatementPage };
  /** Analyse now, even where the detector said "not an article". */
  analyzeNow: { request: Record<string, never>; response: PageReport };
  /** Scroll to a statement and open its card. */
  showStatement: { request: { id: string }; response: { shown: boolean } };
  /** Move to the next (+1) or previous (-1) statement and open its card. */
  stepStatement: { request: { direction: 1 | -1 }; response: { shown: boolean } };
  /** Show only these statements' highlights (one speaker's: the others dim, nothing is removed); null shows all.
   * `speaker` (a SpeakerSummary key) stands for all that speaker's ids, which the panel may not have yet. */
  focusStatements: {
    request: { ids: readonly string[] | null; speaker?: string };
    response: { shown: boolean };
  };
  /** Turn highlighting on or off on this page; off removes every trace. */
  setActive: { request: { active: boolean }; response: PageReport };
  /** What Sourcelight shows on the page (its card and keyboard link live in closed shadow roots): for tests. */
  describeUi: { request: Record<string, never>; response: UiState };
}

/** Events and commands content scripts send to the background. */
export interface BackgroundCommands {
  /** The page's analysis changed: update the badge. */
  reportChanged: { request: { state: PageState; count: number }; response: void };
  /** Analyse an article's text off the page's main thread (the text never leaves the browser). */
  analyze: { request: { text: string; hints: ArticleHints }; response: AnalyzeReply };
  /**
   * Find the article in a copy of the page's HTML (`marked`: the copy is of it alone) and analyse its text.
   * `early`: sent before the page read its settings, so parsed only where they let the pass run by itself.
   */
  parsePage: { request: { html: string; marked?: boolean; early?: boolean }; response: CopyParse };
  /**
   * The analysis the background is making of a parsed copy's article text (after a parsePage answer), with
   * the text and hints it read; asked for right after the copy, answered once the frame's parse has
   * answered and that analysis is made; null when it has none for the frame.
   */
  analysisAhead: { request: Record<string, never>; response: (CopyArticle & CopyAnalysis) | null };
  /** Chrome: put the analyzer into the sending frame (an article); answered once it ran there, else rejected. */
  injectSession: { request: Record<string, never>; response: void };
  /** A statement's card opened on the page: an open side panel shows that statement (the background ignores it). */
  cardOpened: { request: { id: string }; response: void };
  /** The reader scrolled to another statement's passage: an open side panel marks it (the popup and the background ignore it). */
  passageInView: { request: { id: string }; response: void };
}

export interface AnalyzeReply {
  readonly analysis: Analysis;
  /** How long the background worked on it, ms (the page measures its own wait). */
  readonly workMs: number;
}

type MessageOf<M> = {
  [K in keyof M & string]: M[K] extends { request: infer R } ? { type: K; payload: R } : never;
}[keyof M & string];

export type ContentMessage = MessageOf<ContentCommands>;
export type BackgroundMessage = MessageOf<BackgroundCommands>;

/** The content script's side of the contract: each command's handler returns that command's response. */
export type ContentHandlers = {
  [K in keyof ContentCommands]: (
    request: ContentCommands[K]['request'],
  ) => Promise<ContentCommands[K]['response']>;
};

/** Hands a command to its handler; the reply's type follows from the command's. */
export function answerContent<K extends keyof ContentCommands>(
  handlers: ContentHandlers,
  message: { type: K; payload: ContentCommands[K]['request'] },
): Promise<ContentCommands[K]['response']> {
  return handlers[message.type](message.payload);
}

const CONTENT_TYPES: ReadonlySet<string> = new Set<keyof ContentCommands>([
  'getReport',
  'getStatements',
  'analyzeNow',
  'showStatement',
  'stepStatement',
  'focusStatements',
  'setActive',
  'describeUi',
]);
const BACKGROUND_TYPES: ReadonlySet<string> = new Set<keyof BackgroundCommands>([
  'reportChanged',
  'analyze',
  'parsePage',
  'analysisAhead',
  'injectSession',
  'cardOpened',
  'passageInView',
]);
const PAGE_STATES: ReadonlySet<unknown> = new Set<PageState>([
  'ready',
  'not-article',
  'disabled',
  'analyzing',
  'error',
]);

function hasType(value: unknown, types: ReadonlySet<string>): boolean {
  return has(value, 'type') && typeof value.type === 'string' && types.has(value.type);
}

/** Narrows an incoming runtime message; anything else is ignored by the receiver. */
export const isContentMessage = (value: unknown): value is ContentMessage => hasType(value, CONTENT_TYPES);
export const isBackgroundMessage = (value: unknown): value is BackgroundMessage =>
  hasType(value, BACKGROUND_TYPES);

/** The shape of an analysis as far as a receiver relies on it: a list of statements and an article. */
function isAnalysis(value: unknown): value is Analysis {
  return (
    has(value, 'statements') &&
    Array.isArray(value.statements) &&
    has(value, 'article') &&
    typeof value.article === 'object' &&
    value.article !== null
  );
}

/** A reply the page can use: anything else (no receiver, an error, an older background) means "analyse here". */
export function isAnalyzeReply(value: unknown): value is AnalyzeReply {
  return (
    has(value, 'workMs') &&
    typeof value.workMs === 'number' &&
    has(value, 'analysis') &&
    isAnalysis(value.analysis)
  );
}

function isPageReport(value: unknown): value is PageReport {
  return (
    has(value, 'url') &&
    typeof value.url === 'string' &&
    has(value, 'state') &&
    PAGE_STATES.has(value.state) &&
    has(value, 'analysis') &&
    (value.analysis === null || isAnalysis(value.analysis))
  );
}

const isShown = (value: unknown): value is { shown: boolean } =>
  has(value, 'shown') && typeof value.shown === 'boolean';

const CONTENT_REPLIES: {
  [K in keyof ContentCommands]: (value: unknown) => value is ContentCommands[K]['response'];
} = {
  getReport: isPageReport,
  getStatements: isStatementPage,
  analyzeNow: isPageReport,
  showStatement: isShown,
  stepStatement: isShown,
  focusStatements: isShown,
  setActive: isPageReport,
  describeUi: (value): value is UiState => has(value, 'card') && has(value, 'nav'),
};

/** Whether a content script's reply to `type` has that command's response shape (an old or absent script may answer anything). */
export function isContentReply<K extends keyof ContentCommands>(
  type: K,
  value: unknown,
): value is ContentCommands[K]['response'] {
  return CONTENT_REPLIES[type](value);
}
