// "According to X, …" and "…, according to X." The source phrase runs to the next comma or the end.
import { findCues } from '../cues/find-cues';
import { insideQuote } from '../quotes/in-quote';
import { quoteStartingAt } from '../quotes/quote-lookup';
import type { Sentence } from '../sentences/split-sentences';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore } from '../speakers/speaker-phrase';
import { trimContent, wordCount, type Draft } from './draft';
import { makeDraft, tokenCue } from './make-draft';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isAbbrevDot, isNameWord } from '../speakers/name-words';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { DETERMINERS } from '../lexicon/subject-words';
import { REPORTER_TAIL_OPENERS } from '../lexicon/after-cue-words';
import { FINITE_AUXILIARIES, NON_PARTICIPLE_ING_WORDS } from '../lexicon/clause-words';
import { MANNER_NOUNS } from '../lexicon/report-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { hasVerb } from './has-verb';
import { carriedBy } from './carrier';
import { sourcePhrase } from './issuer-source';
import { CONTRAST_CONJUNCTIONS, RELATIVE_WHO, SENTENCE_LINKERS } from '../lexicon/clause-boundary-words';

/** Longest source phrase after "according to", in tokens. */
const MAX_SOURCE_TOKENS = 25;
const SOURCE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '-']);
/** Fewest words on one side of the source for it to be what was said. */
const MIN_CONTENT_WORDS = 3;

export function accordingTo(text: string, s: Sentence): Draft[] {
  const toks = s.tokens;
  const out: Draft[] = [];
  let floor = s.start; // content never reaches back past an earlier source (keeps this linear)
  let floorTok = 0;
  for (let i = 0; i + 2 < toks.length; i++) {
    const lead = sourceLead(toks, i);
    if (lead === 0 || insideQuote(s, tokenAt(toks, i).start)) continue;
    // ("“…,” one commenter said, per NPR": after a report of its own, "per" names where it was read)
    if (lead === 1 && findCues(s).some((c) => c.index < i)) continue;
    let k = i + lead;
    // ("according to Dr. Ruth Okafor": an abbreviation's dot does not end the source)
    while (
      k < toks.length &&
      k - i - 2 < MAX_SOURCE_TOKENS &&
      (!SOURCE_ENDS.has(tokenAt(toks, k).text) || isAbbrevDot(toks, k))
    )
      k++;
    if (k === i + lead) continue;
    // ("according to her husband, Marcus Reed, and medical records …": the name in apposition speaks)
    const named = apposedName(toks, i + lead, k);
    const { phrase, source } = sourcePhrase(text, toks, { first: i + lead, end: k, named: named?.last });
    if (named) k = named.end;
    const cue = tokenCue(text, toks, i, i + lead - 1);
    // "(But) according to X, …" opens the sentence; "…, according to X, …" sits inside it.
    const opensSentence = toks.slice(0, i).every((t) => !t.word || SENTENCE_LINKERS.has(t.lower));
    const relative = RELATIVE_WHO.has(toks[k + 1]?.lower ?? ''); // "according to X, who …"
    // "According to HuffPo: “…”": a colon hands the source the quote it introduces.
    const colonQuote =
      toks[k]?.text === ':' ? quoteStartingAt(s.quotes, toks[k + 1]?.start ?? -1) : undefined;
    // ("He had, according to the Post, killed and eaten …": an auxiliary before the source's comma goes on)
    const clauseBefore = (): boolean =>
      hasVerb(toks, floorTok, i) && !FINITE_AUXILIARIES.has(tokenAt(toks, i - 2).lower);
    const addOn = !opensSentence && (describesSource(toks, k + 1) || reporterTail(toks, k + 1, clauseBefore));
    // ("According to one senior MP, who asked not to be named, the whips …": the content after the clause)
    // (not "Per Bengtsson, who …, warned": a given name, no "per")
    const from = relative && opensSentence && lead === 2 ? relativeEnd(toks, k + 1) : relative ? -1 : k;
    // ("According to Yusuke Hamada, an analyst at Mizuho, each reactor …": past the name's description)
    const start = opensSentence && from === k ? describedNameEnd(toks, k) : from;
    const afterSource = colonQuote
      ? colonQuote.inner
      : start >= 0 && toks[start]?.text === ',' && !addOn
        ? { start: tokenAt(toks, start).end, end: nextSpeakerAt(s, start) }
        : null;
    // ("“…,” Zhang said, according to Xinhua": the outlet carried Zhang's words; his cue keeps them)
    const carried = !opensSentence && carriedBy(s, i, source, floorTok);
    const before = carried ? null : { start: floor, end: tokenAt(toks, i).start };
    const raws = opensSentence ? [afterSource] : [before, afterSource];
    floor = tokenAt(toks, k - 1).end;
    floorTok = k;
    for (const raw of raws) {
      const span = raw && trimContent(text, raw, s);
      if (span && wordCount(text, span) >= MIN_CONTENT_WORDS)
        out.push(makeDraft(span, s, { cue, phrase, via: 'according' }));
    }
  }
  return out;
}

/** The comma closing the relative clause that opens at `at` ("who asked not to be named,"), or -1. */
function relativeEnd(toks: readonly Token[], at: number): number {
  for (let k = at; k < toks.length && k - at <= MAX_SOURCE_TOKENS; k++)
    if (SOURCE_ENDS.has(tokenAt(toks, k).text)) return tokenAt(toks, k).text === ',' ? k : -1;
  return -1;
}

/** The comma closing a description set off after a name's comma at k ("Hamada, an analyst at Mizuho,",
 * "Kavanagh, head of research at Davy,"): a determiner's or a role's phrase with no verb, before a clause
 * that has one; else k. */
function describedNameEnd(toks: readonly Token[], k: number): number {
  const first = tokenAt(toks, k + 1).lower; // (not an adjunct: "…, shortly before his death, …")
  const describes = DETERMINERS.has(first) || PERSON_ROLE_NOUNS.has(first) || TITLE_WORDS.has(first);
  if (!tokenAt(toks, k - 1).cap || !describes) return k;
  const end = relativeEnd(toks, k + 1);
  const next = end < 0 ? -1 : relativeEnd(toks, end + 1);
  const clauseEnd = next < 0 ? toks.length : next;
  return end > 0 && !hasVerb(toks, k + 1, end) && hasVerb(toks, end + 1, clauseEnd) ? end : k;
}

/** How many tokens lead a source at i: "according to" (2), or "per" opening the sentence or after a comma
 * before a determiner or a name ("Per a police news release, …", "…, per CNN.") (1); else 0 ("$5 per
 * gallon", "per cent"). */
function sourceLead(toks: readonly Token[], i: number): number {
  const t = tokenAt(toks, i);
  // ("… proceeding according to plan": a measure, not a source)
  if (t.lower === 'according' && tokenAt(toks, i + 1).lower === 'to')
    return MANNER_NOUNS.has(tokenAt(toks, i + 2).lower) ? 0 : 2;
  const next = tokenAt(toks, i + 1);
  const opens = i === 0 || tokenAt(toks, i - 1).text === ',';
  return t.lower === 'per' && opens && (next.cap || DETERMINERS.has(next.lower)) ? 1 : 0;
}

/** "Inflation slowed to 2.2%, according to INDEC, making it the lowest rate since 2020", "…, driven
 * largely by food", "…, still above the target": a participle or comparison after the source's comma is the
 * reporter's add-on, not a second thing said; a past form only after a clause of its own ("Wilson-Raybould,
 * according to the report, rebuffed the pressure" goes on). */
function reporterTail(toks: readonly Token[], k: number, clauseBefore: () => boolean): boolean {
  const t = tokenAt(toks, k);
  if (!t.word || t.cap) return false;
  if (REPORTER_TAIL_OPENERS.has(t.lower)) return true;
  if (/^\p{Ll}{3,}ing$/u.test(t.lower)) return !NON_PARTICIPLE_ING_WORDS.has(t.lower);
  return /^\p{Ll}{3,}(ed|en)$/u.test(t.lower) && clauseBefore();
}

/** "…, according to Ruth Okafor, a civil engineer at the institute.": a determiner phrase with no verb
 * after the source's comma describes the source; it is not a second thing said. */
function describesSource(toks: readonly Token[], k: number): boolean {
  if (!DETERMINERS.has(tokenAt(toks, k).lower)) return false;
  let end = k;
  while (end < toks.length && !SOURCE_ENDS.has(tokenAt(toks, end).text)) end++;
  return !hasVerb(toks, k, end);
}

/** "According to X, the target is met, but Chapman says it is not": where, after token k, another speaker's
 * clause begins (at its "but" and comma); the sentence's end if none does. */
function nextSpeakerAt(s: Sentence, k: number): number {
  const toks = s.tokens;
  for (const c of findCues(s)) {
    if (c.index <= k + 1 || c.weak || (c.form !== 's' && c.form !== 'ed')) continue;
    const p = phraseBefore(toks, skipAuxBack(toks, c.index - 1, k + 1), k + 1);
    // only a clause joined by "but"/"while" is another speaker's; "…, she insisted" may be the source's account
    if (!p || p.kind === 'relative' || !CONTRAST_CONJUNCTIONS.has(toks[p.first - 1]?.lower ?? '')) continue;
    const b = toks[p.first - 2]?.text === ',' ? p.first - 2 : p.first - 1;
    return tokenAt(toks, b).start;
  }
  return s.end;
}

/** "according to her husband, Marcus Reed, …": a description of the source, then its full name between
 * commas (and maybe more sources after "and": "…, and medical records the family shared"); the name's last
 * token and where the whole source ends, or null. */
function apposedName(
  toks: readonly Token[],
  first: number,
  comma: number,
): { last: number; end: number } | null {
  // (a person's description: "her husband", "the family's lawyer"; not "an FBI summary of its investigation,
  // Cheryl Mills, a top Clinton aide, sent …", where the name opens what was said)
  const lead = tokenAt(toks, first).lower;
  // ("his chief of staff": the role's head before its "of")
  const of = toks.slice(first, comma).findIndex((t) => t.lower === 'of');
  const ofHead = of > 0 ? tokenAt(toks, first + of - 1).lower : '';
  const role =
    PERSON_ROLE_NOUNS.has(tokenAt(toks, comma - 1).lower) ||
    PERSON_ROLE_NOUNS.has(ofHead) ||
    UNNAMED_SOURCE_NOUNS.has(ofHead);
  if (tokenAt(toks, comma).text !== ',' || !role || !(lead === 'the' || POSSESSIVE_DETERMINERS.has(lead)))
    return null;
  let m = comma + 1;
  while (m < toks.length && isNameWord(tokenAt(toks, m))) m++;
  if (m - comma - 1 < 2 || (m < toks.length && !SOURCE_ENDS.has(tokenAt(toks, m).text))) return null;
  let end = m;
  if (toks[m]?.text === ',' && toks[m + 1]?.lower === 'and')
    for (end = m + 1; end < toks.length && !SOURCE_ENDS.has(tokenAt(toks, end).text);) end++;
  return { last: m - 1, end };
}
