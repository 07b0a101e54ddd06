// "… the report said": the report the article introduced earlier with its author speaks through it
// ("economist Philip Cross wrote in a recent report for the Institute", "a new study from the School of
// Public Policy", "an August PBO report"). Finds where that author is named; resolve-phrase.ts resolves it.
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import { AUTHOR_PREPOSITIONS, AUTHORED_NOUNS, PUBLISHING_VERBS, SENT_WORKS } from '../lexicon/document-nouns';
import { ARTICLES } from '../lexicon/function-words';
import { ORG_HEADS } from '../lexicon/org-heads';
import { alternation } from '../text/alternation';
import type { Span } from '../types';

/** How far back (characters) "the report" looks for the work introduced with its author. */
const WORK_WINDOW = 2000;
/** How much text around an earlier mention of a work the patterns read. */
const LEAD = 100;
/** "the report", "the new report", "The white paper". */
const DEFINITE_WORK = /^the\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)$/iu;
const WORK_IN_TEXT = new RegExp(
  String.raw`\b(?:${alternation([...AUTHORED_NOUNS, ...SENT_WORKS])})\b`,
  'giu',
);
const CAPS = String.raw`\p{Lu}[\p{L}’'.&-]*`;
/** A capitalised name, "of" allowed inside ("University of Calgary’s School of Public Policy"); a word's
 * stop ends it ("… the Commerce Department. The …"), an initialism's does not ("the U.S. Census Bureau"). */
const NAME = String.raw`${CAPS}(?:(?<!\p{L}{2}\.)\s+(?:of\s+(?:the\s+)?)?${CAPS})*`;
const DETERMINER = alternation([...ARTICLES, ...THIRD_PERSON_POSSESSIVES]);
const MODIFIERS = String.raw`(?:[\p{L}\d-]+\s+){0,3}`;
/** Patterns on the text before a work's mention, most telling first. */
const BEFORE_WORK: readonly RegExp[] = [
  // "Philip Cross wrote in a recent", "the PBO released a"
  new RegExp(
    String.raw`(${NAME})\s+(?:${alternation(PUBLISHING_VERBS)})\s+(?:in\s+)?(?:${DETERMINER})\s+${MODIFIERS}$`,
    'u',
  ),
  // "the PBO’s", "Infrastructure Canada's 2016"
  new RegExp(String.raw`(${NAME})[’']s\s+${MODIFIERS}$`, 'u'),
  // "An August PBO report"
  /(\p{Lu}{2,})\s+$/u,
];
/** "report by/from/for the Macdonald-Laurier Institute" after the work's mention. */
const AFTER_WORK = new RegExp(
  String.raw`^s?\s+(?:${alternation(AUTHOR_PREPOSITIONS)})\s+(?:the\s+)?(${NAME})`,
  'u',
);

/** Where the author of the work "the report" (at `start`, written `said`) is named, or null. */
export function documentAntecedent(text: string, start: number, said: string): Span | null {
  const noun = DEFINITE_WORK.exec(said)?.[1]?.toLowerCase();
  if (noun === undefined || !(AUTHORED_NOUNS.has(noun) || SENT_WORKS.has(noun))) return null;
  const from = Math.max(0, start - WORK_WINDOW);
  const works = [...text.slice(from, start).matchAll(WORK_IN_TEXT)];
  for (let i = works.length - 1; i >= 0; i--) {
    const work = works[i];
    if (!work) continue;
    // (a study may be "the report", but "the memo" is not the statement someone made before it)
    const written = work[0].toLowerCase();
    if ((SENT_WORKS.has(noun) || SENT_WORKS.has(written)) && written !== noun) continue;
    const at = from + work.index;
    const author = authorAround(text, at, at + work[0].length);
    if (author) return author;
  }
  return null;
}

/** The author named around a work's mention at start…end: before it, else after it. */
function authorAround(text: string, start: number, end: number): Span | null {
  const lead = text.slice(Math.max(0, start - LEAD), start);
  for (const pattern of BEFORE_WORK) {
    const m = pattern.exec(lead);
    const name = m?.[1];
    if (m && name) return spanOf(start - lead.length + m.index + m[0].indexOf(name), name);
  }
  const m = AFTER_WORK.exec(text.slice(end, end + LEAD));
  const name = m?.[1];
  if (!m || !name) return null;
  // ("a statement from the Qatari foreign ministry": the name's adjective and the rest of the body's name)
  const at = end + m.index + m[0].lastIndexOf(name);
  const body = BODY_AFTER.exec(text.slice(at + name.length, at + name.length + LEAD));
  if (body && ORG_HEADS.has(body[1] ?? '')) return { start: at, end: at + name.length + body[0].length };
  return spanOf(at, name);
}

/** Lowercase words closing a name's phrase, the last of them its head ("Qatari | foreign ministry"). */
const BODY_AFTER = /^(?:\s+\p{Ll}+){0,2}\s+(\p{Ll}+)(?![\p{L}-])/u;

const spanOf = (start: number, name: string): Span => ({
  start,
  // (without a possessive or a sentence's stop: "the Commerce Department.")
  end: start + name.replace(/[’']s$/, '').replace(/(?<=\p{L}{2})\.$/u, '').length,
});
