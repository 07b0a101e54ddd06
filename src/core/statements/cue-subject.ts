// Who a cue verb belongs to when the phrase right before it is not enough: the sentence subject for
// participles, the owner of a cue noun ("White House statements … characterized"), a head noun before
// its prepositional tail, and whether a cue is chained to an earlier one ("… and added").
import type { CueMatch } from '../cues/find-cues';
import { ADVERBIAL_OPENERS, ING_ADJUNCT_PREPS } from '../lexicon/adjunct-words';
import { afterOpener, datelineEnd } from './clause-start';
import { CUE_NOUNS } from '../lexicon/cue-nouns';
import { phraseAfter } from '../speakers/phrase-after';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { commonPlurals, isAbbrevDot } from '../speakers/name-words';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { CHAIN, CLOSE_MARKS } from './content-end';
import type { SpeakerPhrase } from './draft';
import { tokenAt } from '../text/token-window';
import { COORDINATORS } from '../lexicon/clause-boundary-words';
import { hasVerb } from './has-verb';
import { SUBORDINATORS } from '../lexicon/clause-words';
import { nounsToVerb, ownedSubject } from './nouns-to-verb';
import { quotedAs } from './quoted-as';
import { namedAfterRole } from './named-after-role';
import { descriptorStart } from './descriptor-start';

/** How far before a cue verb its subject's cue noun may be ("statements at the time"). */
const MAX_NOUN_LOOKBACK = 5;

export function phraseSpan(tokens: readonly Token[], p: Phrase): SpeakerPhrase {
  let first = p.first;
  if (p.kind === 'proper' && tokenAt(tokens, first).lower === 'the' && first < p.last) first++;
  const span = { start: tokenAt(tokens, first).start, end: tokenAt(tokens, p.last).end, kind: p.kind };
  return p.antecedent ? { ...span, antecedent: phraseSpan(tokens, p.antecedent) } : span;
}

/** The sentence's subject, for a participle cue with no statement before it ("Trump, telling Reuters, …"). */
export function subjectOf(toks: readonly Token[], before: number): SpeakerPhrase | null {
  // "… cheered when Trump spotted a sign and asked …": a chained verb inside a subordinate clause shares
  // that clause's subject.
  for (let k = before - 1; k > 0; k--) {
    const w = tokenAt(toks, k).lower;
    // ("talked before a San Diego crowd": "before" and "after" are prepositions too)
    if (!SUBORDINATORS.has(w) || w === 'before' || w === 'after') continue;
    const p = phraseAfter(toks, k + 1, before - 1);
    if (p && (p.kind === 'proper' || p.kind === 'pronoun')) return phraseSpan(toks, p);
    break;
  }
  const from = datelineEnd(toks);
  let k = afterOpener(toks, from, before);
  // "Then he cut into Bush, calling …", "Zuckerberg responded hours later, writing …": the comma closed the
  // clause itself, not an opening phrase; its subject opens it, maybe after a linking adverb.
  if (k >= before) k = opensWithSubject(toks, from, before) ? from : from + 1;
  const p = k < before ? (namedAfterRole(toks, k, before) ?? phraseAfter(toks, k, before - 1)) : null;
  const owned = p && ownedSubject(toks, p, before);
  if (owned !== undefined) return owned && phraseSpan(toks, owned);
  return p ? phraseSpan(toks, nounsToVerb(toks, p, before) ?? p) : null;
}

/** The clause at `from` opens with its subject, not a linking word ("And", "Then"). */
function opensWithSubject(toks: readonly Token[], from: number, before: number): boolean {
  const w = tokenAt(toks, from).lower;
  if (COORDINATORS.has(w) || ADVERBIAL_OPENERS.has(w)) return false;
  return phraseAfter(toks, from, before - 1)?.first === from;
}

/** The named or described phrase that opens the clause of a cue at `before` (after an opener like
 * "On Monday,"), for a cue whose subject is too long to reach back through. */
export function clauseSubject(
  toks: readonly Token[],
  floor: number,
  before: number,
  pronouns = false,
): Phrase | null {
  const k = afterOpener(toks, Math.max(floor, datelineEnd(toks)), before);
  if (k >= before) return null;
  const p = phraseAfter(toks, k, before - 1);
  return p && (pronouns || p.kind !== 'pronoun') ? p : null;
}

/** "White House statements at the time characterized …": the speaker owns a cue noun in the subject. */
export function cueNounOwner(toks: readonly Token[], j: number, floor: number): Phrase | null {
  for (let k = j; k >= Math.max(floor, j - MAX_NOUN_LOOKBACK); k--) {
    const t = tokenAt(toks, k);
    if (!t.word) return null;
    if (CUE_NOUNS.has(t.lower)) {
      const p = phraseBefore(toks, k - 1, floor);
      return p &&
        p.kind === 'proper' &&
        (p.first === floor ||
          !tokenAt(toks, p.first - 1).word ||
          ADVERBIAL_OPENERS.has(tokenAt(toks, p.first - 1).lower))
        ? p
        : null;
    }
  }
  return null;
}

/** The phrase p opens its clause, or a source's or a plural's opens the sentence after a linking word ("But
 * flight attendants at …"; not "But the prince hit back at …"). */
const atClauseStart = (toks: readonly Token[], p: Phrase, floor: number): boolean =>
  p.first === floor ||
  !tokenAt(toks, p.first - 1).word ||
  (p.first - 1 === floor &&
    COORDINATORS.has(tokenAt(toks, p.first - 1).lower) &&
    toks
      .slice(p.first, p.last + 1)
      .some((t) => UNNAMED_SOURCE_NOUNS.has(t.lower) || /\p{Ll}[^s]s$/u.test(t.text)));

/** "Political scientist Jill Sheppard of the …": a role opening the clause may describe the name. */
const described = (toks: readonly Token[], p: Phrase, floor: number): boolean =>
  p.kind === 'proper' &&
  PERSON_ROLE_NOUNS.has(tokenAt(toks, p.first - 1).text) &&
  descriptorStart(toks, p.first, floor) < p.first;

const POSTMODIFIER_STARTS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'to']);
/** Longest postmodifier between a subject's head and its cue ("A spokesman for the Senate campaign"). */
const MAX_POSTMODIFIER = 10;

/** "A spokesman for the Senate Democratic campaign effort said": the head before a prepositional tail. */
export function modifiedSubject(toks: readonly Token[], j: number, floor: number): Phrase | null {
  for (let k = j; k > floor && j - k < MAX_POSTMODIFIER; k--) {
    const t = tokenAt(toks, k);
    if (!t.word && !isAbbrevDot(toks, k) && !commonPlurals(toks, k)) return null; // ("T.H.", "victims'")
    if (!POSTMODIFIER_STARTS.has(t.lower)) continue;
    // ("team members dressed for a game say": past a participle to the noun it modifies)
    const noun = tokenAt(toks, k - 2).lower; // a plural noun, not "all"
    const participle =
      /\p{Ll}ed$/u.test(tokenAt(toks, k - 1).lower) && UNNAMED_SOURCE_NOUNS.has(noun) && /[^s]s$/.test(noun)
        ? 1
        : 0;
    const p = phraseBefore(toks, k - 1 - participle, floor);
    if (!p || p.kind === 'pronoun') continue;
    // ("The Ontario Department of Health began vaccinating after confirming …": "of Health" is the name's)
    const name =
      atClauseStart(toks, p, floor) && tokenAt(toks, k - 1).cap ? phraseAfter(toks, p.first, j) : null;
    if (name && name.last > k && hasVerb(toks, name.last + 1, Math.min(j, name.last + 2))) return name;
    if (atClauseStart(toks, p, floor) || described(toks, p, floor)) return p;
  }
  return null;
}

export function isChained(toks: readonly Token[], c: CueMatch): boolean {
  const j = skipAuxBack(toks, c.index - 1, 0);
  const b = toks[j];
  // "… as “fantastic,” telling reporters …": the comma inside the closing quote chains the participle too
  const quotedComma = b !== undefined && CLOSE_MARKS.has(b.text) && toks[j - 1]?.text === ',';
  return (
    b !== undefined &&
    (CHAIN.has(b.lower) ||
      ((b.text === ',' || b.text === '—' || b.text === '–' || b.text === '-' || quotedComma) &&
        c.form === 'ing'))
  );
}

/** Longest stretch from an opening participle to the comma before its subject, in tokens. */
const MAX_OPENING = 40;

/** The subject of a participle cue with no phrase before it: "He won by saying …" → He; "After thanking the
 * crowd, he …" and "Insisting it was not rehearsed, Trump …" → the subject after the opening's comma. */
export function participleSubject(
  toks: readonly Token[],
  index: number,
  floor: number,
): SpeakerPhrase | null {
  let b = index - 1;
  while (b >= floor && tokenAt(toks, b).word && !tokenAt(toks, b).cap && /ly$/.test(tokenAt(toks, b).lower))
    b--;
  const quoted = quotedAs(toks, b, floor);
  if (quoted) return phraseSpan(toks, quoted);
  const prep = b >= floor && ING_ADJUNCT_PREPS.has(tokenAt(toks, b).lower) ? b : -1;
  const start = prep >= 0 ? prep : index;
  const opening = start <= floor || COORDINATORS.has(tokenAt(toks, start - 1).lower);
  if (opening) {
    for (let k = index + 1; k < toks.length && k - index < MAX_OPENING; k++) {
      if (tokenAt(toks, k).text !== ',') continue;
      const p = phraseAfter(toks, k + 1, toks.length - 1);
      return p ? phraseSpan(toks, p) : null;
    }
    return null;
  }
  return prep >= 0 ? subjectOf(toks, prep) : null;
}
