// What precedes a cue: "“…,” she said", "…, Blackwell maintains.", "The party “allows us …,” said X".
import { ADJUNCT_STARTS, ADVERBIAL_OPENERS, QUESTION_PARTICIPLES } from '../lexicon/adjunct-words';
import { quoteEndingBy } from '../quotes/quote-lookup';
import { GROUP_NOUNS } from '../lexicon/group-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { Span } from '../types';
import { MIN_AFTER_WORDS, type AfterContent } from './after-cue';
import { CLOSE_MARKS } from './content-end';
import type { CueScan, CueSubject } from './cue-scan';
import { isTitleCase, trimContent, wordCount } from './draft';
import { hasVerb } from './has-verb';
import { opensDescription } from '../text/opens-description';
import { SUBORDINATORS } from '../lexicon/clause-words';
import { tokenAt } from '../text/token-window';
import { TIME_SPAN_ENDS } from '../lexicon/calendar';

/** Most characters between a quote and the speaker after it ("”, " is 2). */
const MAX_QUOTE_GAP = 4;
/** "“…,” the union’s president, Ana Ruiz, said": a short description between the quote and the name it
 * describes belongs to the speaker, not to what was said. */
const DESCRIPTION_GAP = /^[\s,]*(\p{L}+(?:[’']s)?)\s[^,.;:!?“”"()]{1,60},\s*$/u;
/** A description gap after a quote that opens its sentence and closes on a comma ("“We will not back
 * down,” the mayor, Ana Ruiz, said"; not "‘2nd Amendment people’ his secret weapon, Trump hints"). */
function describedGap(scan: CueScan, q: Span, at: number): boolean {
  const { text, s } = scan;
  return (
    opensDescription(DESCRIPTION_GAP.exec(text.slice(q.end, at))?.[1]) &&
    /[,?!]\W*$/.test(text.slice(q.start, q.end)) && // (a question ends on its own mark)
    !/[\p{L}\p{N}]/u.test(text.slice(s.start, q.start))
  );
}

/** The phrase's head names people who report ("researchers", "officials"), not a thing ("the margin"). */
function namesSources(text: string, p: Span): boolean {
  const head = text.slice(p.start, p.end).split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return UNNAMED_SOURCE_NOUNS.has(head) || GROUP_NOUNS.has(head);
}

/** Most words of a description set off before a name ("…, his wife, Linda, told …"). */
const MAX_DESCRIPTION_WORDS = 6;

/** "Hale flew for 30 years, his wife, Linda, told …": where a description set off before the speaker's name
 * starts (at its comma), so that it stays the speaker's and not what was said. */
function describedFrom(scan: CueScan, floor: number, groupFirst: number): number | null {
  const { toks } = scan;
  const name = toks[groupFirst];
  if (!name?.cap || tokenAt(toks, groupFirst - 1).text !== ',') return null;
  for (let c = groupFirst - 2; c > floor && c >= groupFirst - MAX_DESCRIPTION_WORDS - 2; c--) {
    if (tokenAt(toks, c).text !== ',') continue;
    const described = opensDescription(toks[c + 1]?.text) && !hasVerb(toks, c + 1, groupFirst - 1);
    return described && nameSetOff(scan, groupFirst) ? tokenAt(toks, c).start : null;
  }
  return null;
}

/** The name at `groupFirst` is followed by a comma before its cue ("…, Linda, told"). */
function nameSetOff(scan: CueScan, groupFirst: number): boolean {
  for (let i = groupFirst; i < scan.toks.length; i++) {
    const t = tokenAt(scan.toks, i);
    if (t.text === ',') return true;
    if (!t.cap) return false;
  }
  return false;
}

/** Fewest words for content before a cue that is not a quotation. */
const MIN_BEFORE_WORDS = 3;
/** A comma-ended opening this long that is no adverbial ("In Texas,") is what was said. */
const MIN_CLAUSE_WORDS = 6;

/** The content before the speaker group starting at `groupFirst`, or null; `floor` is the first token no
 * earlier statement of the sentence used. */
export function beforeCue(
  scan: CueScan,
  sub: CueSubject,
  groupFirst: number,
  a: AfterContent,
  floor: number,
  weak = false,
): Span | null {
  const { text, s, toks } = scan;
  const first = toks[floor];
  if (!first || a.after.hasThat) return null;
  const quote = quoteBefore(scan, groupFirst);
  if (quote && quote.start >= first.start) {
    // "The party “allows us to get our message out,” said X": a quote the sentence's own words run into
    // is the end of what was said, which starts with the sentence
    const runsIn = /[\p{L}\p{N}]\s*$/u.test(text.slice(first.start, quote.start));
    return trimContent(text, runsIn ? { start: first.start, end: quote.inner.end } : quote, s);
  }
  // ("…would involve Loretta Lynch, who told Congress: “…”": what precedes a relative "who" is its antecedent)
  if (sub.phrase.kind === 'relative') return null;
  const before = toks[groupFirst - 1];
  const commaBefore =
    before?.text === ',' || (before && CLOSE_MARKS.has(before.text) && toks[groupFirst - 2]?.text === ',');
  // "…, airstrikes continue": a weak cue verb (cue-verbs.ts) reports unquoted words before it only in an
  // aside ("If China can build a wall, he observed, …"), inverted ("…, reports Reuters") or closing the
  // sentence after a source ("…, researchers report.").
  const closing = a.words === 0 && sub.phrase.kind === 'unnamed' && namesSources(text, sub.phrase);
  if (!before || !commaBefore || (weak && !a.aside && !sub.inverted && !closing)) return null;
  // ("South of Wadi Gaza, airstrikes continue, though …": a weak cue's aside splits a clause, not a phrase)
  if (weak && a.aside && !sub.inverted && !hasVerb(toks, floor, groupFirst)) return null;
  // ("According to a report by Pew, most adults agree.": a source, not what was said)
  if (first.lower === 'according' && toks[floor + 1]?.lower === 'to') return null;
  // ("Asked whether he would rule out a pardon, the president said: “Yes.”": the question put to them)
  if (QUESTION_PARTICIPLES.has(first.lower)) return null;
  const lead = { start: first.start, end: describedFrom(scan, floor, groupFirst) ?? before.start };
  const leadWords = wordCount(text, lead);
  // ("Director, security response at Symantec, Kevin Haley, agreed with …": a role, no clause)
  const isClause =
    leadWords >= MIN_CLAUSE_WORDS &&
    (!ADVERBIAL_OPENERS.has(first.lower) || clauseAfterOpener(scan, floor, groupFirst)) &&
    !/ing$/.test(first.lower) &&
    (hasVerb(toks, floor, groupFirst) ||
      toks.slice(floor, groupFirst).some((t) => /^[a-z]{2,}s$/.test(t.text)));
  if (!(sub.inverted || a.words < MIN_AFTER_WORDS || (isClause && a.isAdjunct) || a.aside)) return null;
  const span = trimContent(text, lead, s);
  // "In the early 1990s, she said, …": an aside after an adverbial opening leaves it outside.
  const opening =
    a.aside &&
    leadWords < MIN_CLAUSE_WORDS &&
    (ADVERBIAL_OPENERS.has(first.lower) ||
      ADJUNCT_STARTS.has(first.lower) ||
      /^\d/.test(first.text) ||
      // ("A minute or two later, he said, …": a span of time)
      TIME_SPAN_ENDS.has(tokenAt(toks, groupFirst - 2).lower));
  // ("The plan, he said, would cost …": words after the aside that open on a verb have their subject
  // before it, however short)
  const least = a.aside && hasVerb(toks, a.start, a.start + 1) ? 1 : MIN_BEFORE_WORDS;
  return span && wordCount(text, span) >= least && !opening ? span : null;
}

/** "In the southern city of Odesa, two people were killed when …, Gov. Oleh Kiper wrote on Telegram": after
 * an adverbial opening and its comma, a clause of its own with a verb. */
function clauseAfterOpener(scan: CueScan, floor: number, groupFirst: number): boolean {
  const { toks } = scan;
  const comma = toks.findIndex((t, k) => k > floor && k < groupFirst && t.text === ',');
  return (
    comma > 0 &&
    groupFirst - comma > MIN_CLAUSE_WORDS &&
    hasVerb(toks, comma + 1, groupFirst) &&
    !tokenAt(toks, comma + 1).cap && // (not a name's aside: "In Texas, Ana Ruiz, …")
    // (nor a clause that is another adverbial: "On Tuesday, even as shares were tumbling, Ackman wrote")
    !ADVERBIAL_OPENERS.has(tokenAt(toks, comma + 1).lower) &&
    !SUBORDINATORS.has(tokenAt(toks, comma + 1).lower)
  );
}

/** The quotation right before the speaker group ("“…,” she said"), if it is one: close by, more than a word,
 * not a title. */
function quoteBefore(scan: CueScan, groupFirst: number) {
  const { text, s, toks } = scan;
  const at = tokenAt(toks, groupFirst).start;
  const q = quoteEndingBy(s.quotes, at);
  return q &&
    ((at - q.end <= MAX_QUOTE_GAP && /^[\s,]*$/.test(text.slice(q.end, at))) || describedGap(scan, q, at)) &&
    wordCount(text, q.inner) >= 2 &&
    !isTitleCase(text.slice(q.inner.start, q.inner.end))
    ? q
    : undefined;
}
