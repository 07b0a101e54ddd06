// Whether a name opens its sentence as its subject: "The Maple Leafs fired …", "Shares of Shopify rose …",
// "The live-streaming platform Flicker will …" (split from described-org.ts, which reads descriptions by it).
import { alternation } from '../text/alternation';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { ORG_APPOSITION_HEADS } from '../lexicon/company-trades';
import { opensSentenceAt } from './common-word';

/** A sentence-opening noun and its "of" right before a name ("Shares of ", "Workers at the "), or the
 * sentence's opening "The" ("The Maple Leafs fired …", "WASHINGTON (AP) — The Food and Drug …"). */
const OPENING_OF = new RegExp(
  String.raw`(?:^|[.!?]\s+|\s(?:--|[-–—])\s+|\n)(?:\p{Lu}\p{Ll}+\s+(?:${alternation(AFFILIATION_PREPOSITIONS)})\s+(?:the\s+)?|The\s+)$`,
  'u',
);

/** A name at `start` opens its sentence, maybe after "The" or an opening noun and its "of". */
export const opensClauseAt = (text: string, start: number): boolean =>
  opensSentenceAt(text, start) ||
  OPENING_OF.test(text.slice(Math.max(0, start - 30), start)) ||
  kindOpening(text, start);

/** Most lowercase words for an organisation's kind between a sentence's "The" and its name. */
const MAX_KIND_WORDS = 3;

/** "The live-streaming platform Flicker will …": the sentence opens on "The", words for the kind of body the
 * name after them is, then the name. */
function kindOpening(text: string, start: number): boolean {
  const m = KIND_OPENING.exec(text.slice(Math.max(0, start - 60), start));
  const kind = m?.[1]?.trim().split(/\s+/).at(-1) ?? '';
  return m !== null && ORG_APPOSITION_HEADS.has(kind);
}
const KIND_OPENING = new RegExp(
  String.raw`(?:^|[.!?]\s+|\s(?:--|[-–—])\s+|\n)The\s+((?:[\p{Ll}-]+\s+){1,${MAX_KIND_WORDS}})$`,
  'u',
);
