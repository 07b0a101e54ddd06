// An embedded tweet as pages print it: "Bring it, but you won’t. — Jane Roe (@janeroe) December 18, 2018".
// Everything in the paragraph before the signature's dash is what the named account holder said.
import type { Sentence } from '../sentences/split-sentences';
import { trimContent, type Draft } from './draft';
import { makeDraft } from './make-draft';

/** " — Jane Roe (@janeroe) December 18, 2018": the dash, the name, the handle and the date. */
const SIGNATURE = /\s([—–-])\s+([^()\n—–]{2,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}/;
/** Markup and links around a tweet's text ("<tweet id=…>", "pic.twitter.com/…", "https://t.co/…"). */
const LEADING_MARKUP = /^\s*<tweet[^>\n]*>/;
const TRAILING_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+)\s*$/;

/** The statement of the tweet whose signature closes sentence s, or null. */
export function tweetStatement(text: string, s: Sentence): Draft | null {
  const m = SIGNATURE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const dash = s.start + m.index + m[0].indexOf(m[1] ?? '');
  const nameStart = s.start + m.index + m[0].indexOf(m[2] ?? '', m[0].indexOf(m[1] ?? '') + 1);
  const paragraphStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const markup = LEADING_MARKUP.exec(text.slice(paragraphStart, dash));
  const start = paragraphStart + (markup ? markup[0].length : 0);
  const link = TRAILING_LINK.exec(text.slice(start, dash));
  const span = trimContent(text, { start, end: link ? start + link.index : dash }, s);
  if (!span) return null;
  const phrase = { start: nameStart, end: nameStart + (m[2] ?? '').length, kind: 'proper' as const };
  return makeDraft(span, s, {
    cue: { start: dash, end: dash + 1, text: m[1] ?? '' },
    phrase,
    via: 'verb',
  });
}
