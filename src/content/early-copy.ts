// The copy of the page the background parses (locate-in-background.ts), sent by the
// document_start script (preload.ts) as soon as the document is parsed, for the pass that starts at
// document_idle to take: the background's parse (and its analysis of the article's text) then overlaps
// the wait for document_idle and the analyzer's loading instead of following them. A page that marks its
// article plainly needs no parse: only that element is copied, for the analysis. Kept on the content
// scripts' own global (their sandbox: the page cannot see it), as early-settings.ts keeps the settings read.
import { findMarkedArticle } from '../page/marked-article';
import { copyOfPage, type PageCopy } from '../page/page-html';
import { answerWithin, type Answer } from './answer-within';
import { markEarly } from './early-marks';

const SLOT = '__sourcelightEarlyCopy';

/** The background parses well within this; waking it and a cold first parse take ~0.1–0.3 s. */
const COPY_TIMEOUT_MS = 3_000;
/** Past this much HTML (a 5 MB page) the copy costs more than it saves: the page parses on its own. */
const MAX_HTML_CHARS = 4_000_000;

/** Sends a copy's HTML; `marked`: the copy holds only the element the page marks as its article. */
export type SendCopy = (html: string, marked: boolean) => Promise<unknown>;

export interface EarlyCopy {
  readonly copy: PageCopy;
  /** Whether the copy is of the article the page marks (its scope), with no parse to do. */
  readonly marked: boolean;
  readonly answer: Promise<Answer>;
  /** When the copy was sent, and when its answer came (performance.now(); a diagnostic for the bench). */
  readonly sentAt: number;
  readonly answeredAt: Promise<number>;
}

/** null: the early script tried and there was nothing to send (the pass then parses on its own). */
const holder = globalThis as { [SLOT]?: { readonly sent: EarlyCopy | null; readonly href: string } };

/**
 * The page's copy sent to the background now (of `marked` alone, when given); null when there is none to
 * send (no body, too big).
 */
export function sendCopy(doc: Document, send: SendCopy, marked: Element | null = null): EarlyCopy | null {
  const copy = copyOfPage(doc, marked);
  if (!copy || copy.html.length > MAX_HTML_CHARS) return null;
  const sentAt = performance.now();
  const answer = answerWithin(() => send(copy.html, marked !== null), COPY_TIMEOUT_MS);
  return { copy, marked: marked !== null, answer, sentAt, answeredAt: answer.then(() => performance.now()) };
}

/** Sends the copy and keeps it for the pass (or that there was none to send: it is not tried twice). */
export function startEarlyCopy(doc: Document, send: SendCopy): void {
  const start = performance.now();
  const sent = sendCopy(doc, send, findMarkedArticle(doc));
  markEarly('copy', start);
  holder[SLOT] = { sent, href: location.href };
}

/** Forgets the copy sent early (the settings do not let the pass run: a run the user asks for sends its own). */
export function dropEarlyCopy(): void {
  delete holder[SLOT];
}

/**
 * The copy sent early for this document, once: null when there was none to send; undefined when the
 * early script did not try (or tried for another address).
 */
export function takeEarlyCopy(): EarlyCopy | null | undefined {
  const early = holder[SLOT];
  delete holder[SLOT];
  return early?.href === location.href ? early.sent : undefined;
}
