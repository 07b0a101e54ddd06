// A label opening a line before a colon: "READ MORE: …", "Related: …" (the whole line is furniture) or an
// all-caps section label, "KEEPING SCORE: Stocks rose …", "ANALYST'S VIEWPOINT: “…,” said …" (only the
// label is furniture; the rest is article text). An all-caps transcript speaker ("JANE ROE: We will …",
// "ROE: …") is a name, not a label: it is kept.
import { FIRST_NAMES } from '../lexicon/first-names';
import { FURNITURE_LABELS } from '../lexicon/furniture-labels';
import { HEADLINE_LABELS } from '../lexicon/headline-labels';
import type { Span } from '../types';
import { withoutPossessive } from './possessive';
import { itemAt } from './item-at';

export interface LineLabel {
  /** Where the text after the label and its colon starts. */
  readonly end: number;
  /** The whole line is furniture (a link, video or caption), not only its label. */
  readonly wholeLine: boolean;
}

/** Bullets and marks a page may put before a label ("» READ MORE:", "▶ Watch:"). */
const LEAD = /^[\s»>›▶►•·*|-]*/u;
/** Up to five words before a colon; a label is short. */
const LABEL = /^(\p{L}[\p{L}\p{N}’'&.-]*(?:[ \t]+[\p{L}\p{N}’'&.-]+){0,4})[ \t]*:[ \t]*/u;
/** A label and its colon fit in this many characters at the start of a line. */
const MAX_LABEL_CHARS = 60;
/** An all-caps word no longer than this is an acronym ("AP:", "UN:"), which can name a source. */
const MAX_ACRONYM = 3;

/** Whether a label's words name someone: a first name ("KATE ROE:"); words the text also writes in title
 * case ("Roe", "White House"); for one word, an acronym ("AP:"), a word the text uses only as a name, or
 * one it repeats in capitals (a transcript's "ROE:" after "JANE ROE:"). */
function namesSomeone(label: string, used: (word: string) => number): boolean {
  const words = label.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.every((w) => HEADLINE_LABELS.has(withoutPossessive(w)))) return false;
  if (lower.length > 1 && lower.length <= 3 && FIRST_NAMES.has(itemAt(lower, 0))) return true;
  if (lower.length > 1) return lower.every((w) => used(title(w)) > 0);
  const [word] = lower as [string];
  if (word.length <= MAX_ACRONYM || used(itemAt(words, 0)) > 1) return true;
  return used(title(word)) > 0 && used(word) === 0;
}

const title = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `used(word)` counts the word as written in the text around the line (see words-used.ts). */
export function lineLabel(text: string, p: Span, used: (word: string) => number): LineLabel | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + MAX_LABEL_CHARS));
  if (!head.includes(':')) return null;
  const lead = LEAD.exec(head)?.[0].length ?? 0;
  const m = LABEL.exec(head.slice(lead));
  if (!m) return null;
  const end = p.start + lead + m[0].length;
  const label = m[1] ?? '';
  const key = label.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  if (FURNITURE_LABELS.has(key)) return { end, wholeLine: true };
  const allCaps = /\p{Lu}.*\p{Lu}/u.test(label) && !/\p{Ll}/u.test(label);
  if (!allCaps || end >= p.end || namesSomeone(label, used)) return null;
  return { end, wholeLine: false };
}
