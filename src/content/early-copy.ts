// The copy of the page the background parses (locate-in-background.ts), sent by the
// document_start script (preload.ts) as soon as the document is parsed, for the pass that starts at
// document_idle to take: the background's parse (and its analysis of the article's text) then overlaps
// the wait for document_idle and the analyzer's loading instead of following them. A page that marks its
// article plainly needs no parse: only that element is copied, for the analysis. Kept on the content
// scripts' own global (their sandbox: the page cannot see it), as early-settings.ts keeps the settings read.
import { findMarkedArticle } from '../page/marked-article';
import { copyOfPage, holdsTextOver, type PageCopy } from '../page/page-html';
import { isAnalyzedCopy, isCopyParse, type CopyAnalysis, type CopyArticle } from '../shared/page-copy';
import { answerWithin, type Answer } from './answer-within';
import { markEarly } from './early-marks';
import { SECTIONED_TEXT_CHARS } from './text-sections';

const SLOT = '__sourcelightEarlyCopy';

/** The background parses well within this; waking it and a cold first parse take ~0.1–0.3 s. */
const COPY_TIMEOUT_MS = 3_000;
/** Past this much HTML (a 5 MB page) the copy costs more than it saves: the page parses on its own. */
const MAX_HTML_CHARS = 4_000_000;
/**
 * A marked copy is sent for the background's analysis of its text, which the pass takes only for a text
 * it analyses whole (SECTIONED_TEXT_CHARS; a longer one goes section by section): past that the copy is
 * all cost (its serialisation on the page, a second analysis of the whole text in the background). The
 * element's text nodes, estimated before serialising (copyOfPage), hold up to 9.3x the text the page
 * reads on the 44 shared saved pages that mark theirs (markup whitespace, hidden parts; 1.1x at the
 * median): hence the margin, far above any of them (86,000 characters at most).
 */
export const MAX_MARKED_TEXT_CHARS = 10 * SECTIONED_TEXT_CHARS;

/** The background's parse is as quick as the page's; its analysis of a long text takes longer. */
const AHEAD_TIMEOUT_MS = COPY_TIMEOUT_MS + 5_000;

/** The copy's article text and the background's analysis of it: the page's own if its text is the same. */
export type AnalyzedCopy = CopyArticle & CopyAnalysis;

/** How a copy goes to the background. */
export interface CopyTransport {
  /** Sends a copy's HTML; `marked`: the copy holds only the element the page marks as its article. */
  readonly send: (html: string, marked: boolean) => Promise<unknown>;
  /**
   * Asks for the analysis the background makes of a parsed copy's text after answering (analysisAhead),
   * sent right after the copy: it answers once that analysis is made (null when it makes none).
   */
  readonly askAhead: () => Promise<unknown>;
  /** Whether the copy sent last was answered by Chrome's offscreen document directly (diagnostics). */
  readonly direct?: () => Promise<boolean>;
}

export interface EarlyCopy {
  readonly copy: PageCopy;
  /** Whether the copy is of the article the page marks (its scope), with no parse to do. */
  readonly marked: boolean;
  readonly answer: Promise<Answer>;
  /**
   * The background's analysis of a parsed copy's article text, asked for with the copy, so that it comes
   * while the page finds its article and reads its text (null when there is none).
   */
  readonly ahead: Promise<AnalyzedCopy | null>;
  /**
   * When the copy was sent, when its answer came, and when the analysis ahead came (null: none came)
   * (performance.now(); diagnostics for the bench).
   */
  readonly sentAt: number;
  readonly answeredAt: Promise<number>;
  readonly aheadAt: Promise<number | null>;
  /** Whether Chrome's offscreen document answered it directly (copy-transport.ts). */
  readonly direct: Promise<boolean>;
}

/** null: the early script tried and there was nothing to send (the pass then parses on its own). */
const holder = globalThis as { [SLOT]?: { readonly sent: EarlyCopy | null; readonly href: string } };

/**
 * The page's copy sent to the background now (of `marked` alone, when given); null when there is none to
 * send (no body, too big: see copyOfPage).
 */
export function sendCopy(
  doc: Document,
  transport: CopyTransport,
  marked: Element | null = null,
): EarlyCopy | null {
  // A copy's HTML is at least as long as its text: past the HTML bound, it is known before serialising.
  const copy = copyOfPage(doc, marked, marked ? MAX_MARKED_TEXT_CHARS : MAX_HTML_CHARS);
  if (!copy || copy.html.length > MAX_HTML_CHARS) return null;
  const sentAt = performance.now();
  const answer = answerWithin(() => transport.send(copy.html, marked !== null), COPY_TIMEOUT_MS);
  // Asked for with the copy, not once its answer has come: the background holds the request until its
  // analysis is made, so the analysis follows the answer without a second round trip from the page,
  // whose main thread is often busy (its own parsing, its first layout) when the answer comes.
  const asked = marked ? null : askAhead(transport);
  const ahead = answer.then((got) => (asked && analysedAfter(got) ? asked : null));
  return {
    copy,
    marked: marked !== null,
    answer,
    ahead,
    sentAt,
    answeredAt: answer.then(() => performance.now()),
    aheadAt: ahead.then((got) => (got ? performance.now() : null)),
    direct: transport.direct?.() ?? Promise.resolve(false),
  };
}

/** Whether the background analyses the parse's article after its answer (a marked copy's comes in it). */
function analysedAfter(answer: Answer): boolean {
  return 'reply' in answer && isCopyParse(answer.reply) && !!answer.reply.article && !answer.reply.analyzed;
}

async function askAhead(transport: CopyTransport): Promise<AnalyzedCopy | null> {
  const answer = await answerWithin(transport.askAhead, AHEAD_TIMEOUT_MS);
  return 'reply' in answer && isAnalyzedCopy(answer.reply) ? answer.reply : null;
}

/** Sends the copy and keeps it for the pass (or that there was none to send: it is not tried twice). */
export function startEarlyCopy(doc: Document, transport: CopyTransport): void {
  const start = performance.now();
  // Past the bound on any copy's HTML in the whole body (a 5 MB article), no part of the page is copied:
  // the search for its article (25-50 ms on that page) is not made either. What a copy would be of (the
  // article the page marks, or its main landmark) holds nearly all of its prose.
  const huge = !doc.body || holdsTextOver(doc.body, MAX_HTML_CHARS);
  const marked = huge ? null : findMarkedArticle(doc);
  markEarly('marked', start);
  const sent = huge ? null : sendCopy(doc, transport, marked);
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
