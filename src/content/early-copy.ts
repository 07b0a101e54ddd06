// The copy of the page the background parses (locate-in-background.ts), sent by the
// document_start script (preload.ts) as soon as the document is parsed, for the pass that starts at
// document_idle to take: the background's parse then overlaps the wait for document_idle and the
// analyzer's loading instead of following them. Kept on the content scripts' own global (their sandbox:
// the page cannot see it), as early-settings.ts keeps the settings read.
import { findMarkedArticle } from '../page/marked-article';
import { copyOfPage, type PageCopy } from '../page/page-html';
import { answerWithin, type Answer } from './answer-within';

const SLOT = '__sourcelightEarlyCopy';

/** The background parses well within this; waking it and a cold first parse take ~0.1–0.3 s. */
const COPY_TIMEOUT_MS = 3_000;
/** Past this much HTML (a 5 MB page) the copy costs more than it saves: the page parses on its own. */
const MAX_HTML_CHARS = 4_000_000;

export interface EarlyCopy {
  readonly copy: PageCopy;
  readonly answer: Promise<Answer>;
  /** When the copy was sent, and when its answer came (performance.now(); a diagnostic for the bench). */
  readonly sentAt: number;
  readonly answeredAt: Promise<number>;
}

/** null: the early script tried and there was nothing to send (the pass then parses on its own). */
const holder = globalThis as { [SLOT]?: { readonly sent: EarlyCopy | null; readonly href: string } };

/**
 * Whether Readability runs in the background on a copy (Firefox's event page, Chrome's offscreen
 * document), or here: a page that marks its article plainly needs no parse at all.
 */
export function parsesElsewhere(doc: Document): boolean {
  return findMarkedArticle(doc) === null;
}

/** The page's copy sent to the background now; null when there is none to send (no body, too big). */
export function sendCopy(doc: Document, send: (html: string) => Promise<unknown>): EarlyCopy | null {
  const copy = copyOfPage(doc);
  if (!copy || copy.html.length > MAX_HTML_CHARS) return null;
  const sentAt = performance.now();
  const answer = answerWithin(() => send(copy.html), COPY_TIMEOUT_MS);
  return { copy, answer, sentAt, answeredAt: answer.then(() => performance.now()) };
}

/** Sends the copy and keeps it for the pass (or that there was none to send: it is not tried twice). */
export function startEarlyCopy(doc: Document, send: (html: string) => Promise<unknown>): void {
  holder[SLOT] = { sent: sendCopy(doc, send), href: location.href };
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
