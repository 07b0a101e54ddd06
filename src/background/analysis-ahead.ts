// A parsed copy's article analysed right after the parse's answer has gone back (parsePage), not before
// it: the page then finds its article and reads its text map while the core runs here, and asks for the
// analysis of the text it read (analyze), which is this one when the text and hints are the same. In the
// answer itself the analysis held the page back for the core's whole run (Firefox: ~40 ms, then its own
// ~25 ms text map). The page asks for it along with its copy (analysisAhead), and that request waits here
// for the frame's parse, so no second round trip follows the parse's answer. Kept per frame and briefly:
// the background may stop at any time, and a request that finds nothing here is analysed anew.
import type { AnalyzeReply, ArticleHints } from '../shared/messages';
import { sameHints, type CopyAnalysis, type CopyArticle } from '../shared/page-copy';

/** Longer than any page takes from the parse's answer to its request; a frame that never asks frees it. */
const KEEP_MS = 10_000;

interface Ahead {
  readonly text: string;
  readonly hints: ArticleHints;
  readonly reply: Promise<AnalyzeReply>;
}

const ahead = new Map<string, Ahead>();

type Analyze = (text: string, hints: ArticleHints) => AnalyzeReply;

/** Analyses `article` for the frame `key` in a task of its own, after the current one (the parse's answer). */
export function analyzeAhead(key: string, article: CopyArticle, analyze: Analyze): void {
  const reply = new Promise<AnalyzeReply>((resolve) =>
    setTimeout(() => resolve(analyze(article.text, article.hints)), 0),
  );
  // A failure is the request's to handle (it analyses anew); none is left unhandled here.
  reply.catch(() => undefined);
  const entry: Ahead = { text: article.text, hints: article.hints, reply };
  ahead.set(key, entry);
  setTimeout(() => {
    if (ahead.get(key) === entry) ahead.delete(key);
  }, KEEP_MS);
}

/** Each frame's parse under way (parsePage), until it has answered and any analysis ahead is made. */
const parsing = new Map<string, Promise<unknown>>();

/**
 * Notes the frame `key`'s parse under way: `answered` settles once the parse has answered and its
 * analysis ahead, if any, is under way. A request for that analysis made meanwhile waits for it.
 */
export function noteParse(key: string, answered: Promise<unknown>): void {
  parsing.set(key, answered);
  const done = (): void => {
    if (parsing.get(key) === answered) parsing.delete(key);
  };
  answered.then(done, done);
}

/** Settles once the frame `key`'s parse under way, if any, has answered. */
export async function afterParse(key: string): Promise<void> {
  await parsing.get(key)?.catch(() => undefined);
}

/**
 * The analysis made ahead for the frame `key` (analysisAhead), asked for along with the copy: once that
 * frame's parse under way has answered, whatever it left here is taken (null when it left nothing).
 */
export async function aheadAfterParse(key: string): Promise<(CopyArticle & CopyAnalysis) | null> {
  await afterParse(key);
  return (await takeAnyAhead(key)?.catch(() => null)) ?? null;
}

/**
 * The analysis made ahead for the frame `key`, with the text and hints it read, for the page to compare
 * with its own (asked for along with the copy, answered while the page reads its text); taken once.
 */
export function takeAnyAhead(key: string): Promise<CopyArticle & CopyAnalysis> | null {
  const entry = ahead.get(key);
  ahead.delete(key);
  return entry ? entry.reply.then((reply) => ({ text: entry.text, hints: entry.hints, ...reply })) : null;
}

/** The analysis made ahead for the frame `key`, if of this very text and hints; taken once either way. */
export function takeAhead(key: string, text: string, hints: ArticleHints): Promise<AnalyzeReply> | null {
  const entry = ahead.get(key);
  ahead.delete(key);
  return entry && entry.text === text && sameHints(entry.hints, hints) ? entry.reply : null;
}
