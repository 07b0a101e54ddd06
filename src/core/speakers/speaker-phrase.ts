// The noun phrase that names a speaker before a cue ("NATO Secretary General Jens Stoltenberg warned",
// "senior officials said", "Clinton, 35, the daughter of …, said"); phrase-after.ts reads the one after an
// inverted cue. Token scans only; returns token indices.
import { withoutContraction } from '../text/contraction';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { headBeforePlace } from './head-before-place';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { Token } from '../text/tokenize';
import { appositive } from './appositive';
import { describedName } from './described-name';
import { describedSubject } from './described-subject';
import { participleHead } from './participle-head';
import { unnamedBack } from './unnamed-back';
import { joinedSourcesBack } from './joined-sources';
import { anonymousSource } from './anonymous-source';
import { sourceOfObject } from './source-of-object';
import { placedSubject } from './placed-subject';
import { nameBeforeAlias } from './phrase-tails';
import { isAbbrevDot, isNameWord, isNameWordAt, KNOWN_ACRONYMS, properBack } from './name-words';
import { endsName } from './ends-name';
import { surnameAfterGivenName, surnameAfterNameWords } from './surname-after-given';
import { tokenAt } from '../text/token-window';
import { YEAR_LEADS } from '../lexicon/calendar';
import { FRACTION_WORDS, NAME_SUFFIXES } from '../lexicon/speaker-phrase-words';
import { isNameSuffix, isPostNominal } from '../text/name-suffix';

export type PhraseKind = 'pronoun' | 'proper' | 'unnamed' | 'relative';
export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly kind: PhraseKind;
  /** For "Barkley, who said …": the phrase "who" stands for. */
  readonly antecedent?: Phrase;
}

/** Longest appositive we look through ("Jane Doe, a senior fellow at …, said"), in tokens. */
export const MAX_APPOSITIVE = 30;
/** Longest quoted title an appositive may contain ("“Morning Joe”"), in tokens. */
const MAX_QUOTED_TITLE = 8;
const CLOSING_MARKS = /^(”|"|'')$/;
const YEAR = /^(?:1[89]|20)\d\d$/; // a year, not a count ("a study in 2017 concluded")
/** How many commas an appositive chain may have ("Clinton, 35, the daughter of …, said"). */
export const MAX_APPOSITIVE_COMMAS = 3;

/** A relative pronoun: "who", "which" (not "the WHO said": the World Health Organization). */
const isRelative = (t: Token): boolean =>
  (t.lower === 'who' && !KNOWN_ACRONYMS.has(t.text)) || t.lower === 'which';

/** The speaker phrase ending at token j (after auxiliaries were skipped), or null. */
export function phraseBefore(tokens: readonly Token[], j: number, floor: number, depth = 0): Phrase | null {
  const own = ownPhrase(tokens, j, floor, depth);
  const p = participleHead(tokens, own, j, floor, depth, phraseBefore) ?? own;
  return p?.kind === 'unnamed' ? { ...p, first: joinedSourcesBack(tokens, p.first, p.last, floor) } : p;
}

function ownPhrase(tokens: readonly Token[], j: number, floor: number, depth: number): Phrase | null {
  if (j < floor) return null;
  const t = tokenAt(tokens, j);
  if (!t.word && t.text !== '.') return markPhrase(tokens, j, floor, depth);
  // "the F.B.I. has said": the name ends in an abbreviation's dot
  if (isAbbrevDot(tokens, j) && isNameWord(tokenAt(tokens, j - 1))) {
    const p = phraseBefore(tokens, j - 1, floor, depth);
    if (!p || p.kind !== 'proper') return p;
    // "Officials in the U.S. said": a name after a preposition is no subject, the noun before it is
    const name: Phrase = { ...p, last: j };
    const b = tokens[p.first - 1]?.lower === 'the' ? p.first - 2 : p.first - 1;
    return PREPOSITIONS.has(tokens[b]?.lower ?? '') ? headBeforePlace(tokens, name, floor, depth) : name;
  }
  const suffixed = suffixedName(tokens, j, floor, depth);
  if (suffixed !== undefined) return suffixed;
  if (!t.word) return null;
  // "he’s saying", "they’ve said": a contracted auxiliary stays on the pronoun's token
  if (withoutContraction(t.lower) in SPEAKER_PRONOUNS) return { first: j, last: j, kind: 'pronoun' };
  // "Barkley, who said …", "the Police Department which reported …", "bankers who concluded …"
  if (isRelative(t) && depth < MAX_APPOSITIVE_COMMAS) {
    const comma = tokens[j - 1]?.text === ',';
    // ("Umm Mohammed, 45, who said …": the person before the age)
    const aged = comma && /^\d{1,3}$/.test(tokens[j - 2]?.text ?? '') && tokens[j - 3]?.text === ',';
    const near = phraseBefore(tokens, aged ? j - 4 : comma ? j - 2 : j - 1, floor, depth + 1);
    const found = t.lower === 'who' && near ? (headBeforePlace(tokens, near, floor, depth) ?? near) : near;
    // "Senator James Lankford, an Oklahoma Republican who warned …": the apposition's who is the name
    const antecedent = found && (describedName(tokens, found, floor, depth) ?? found);
    if (antecedent && antecedent.kind !== 'pronoun' && antecedent.kind !== 'relative')
      return { first: j, last: j, kind: 'relative', antecedent };
    return null;
  }
  const anonymous = anonymousSource(tokens, j, floor);
  if (anonymous) return anonymous;
  // "43 said", "three-quarters say": poll shares report what respondents said
  if (YEAR.test(t.lower) && YEAR_LEADS.has(tokens[j - 1]?.lower ?? '')) return null;
  const unnamed = unnamedHead(tokens, j) && { first: unnamedBack(tokens, j, floor), last: j };
  if (unnamed) return sourceOfObject(tokens, j, floor, depth) ?? { ...unnamed, kind: 'unnamed' };
  if (isNameWordAt(tokens, j))
    return placedSubject(
      tokens,
      { first: properBack(tokens, j, floor), last: j, kind: 'proper' },
      floor,
      depth,
    );
  return describedSubject(tokens, j, floor);
}

/** "Joseph R. Biden Jr. said": a generational suffix ends the name before it; "Ann Roe KC said": a silk's or
 * an honour's letters close the name and are no part of it. Undefined where no suffix ends at j. */
function suffixedName(
  tokens: readonly Token[],
  j: number,
  floor: number,
  depth: number,
): Phrase | null | undefined {
  const t = tokenAt(tokens, j);
  if (
    t.text === '.' &&
    NAME_SUFFIXES.has(tokenAt(tokens, j - 1).lower) &&
    isNameWord(tokenAt(tokens, j - 2))
  ) {
    const p = phraseBefore(tokens, j - 2, floor, depth);
    return p?.kind === 'proper' ? { ...p, last: j } : p;
  }
  return isPostNominal(t.text) && isNameWord(tokenAt(tokens, j - 1))
    ? phraseBefore(tokens, j - 1, floor, depth)
    : undefined;
}

/** A source noun, a count or a share heads an unnamed source ("officials", "43", "three-quarters"); not
 * a capitalised source noun ending a name ("the Institute for Fiscal Studies"). */
const unnamedHead = (tokens: readonly Token[], j: number): boolean => {
  const w = tokenAt(tokens, j).lower;
  return (
    (UNNAMED_SOURCE_NOUNS.has(w) && !endsName(tokens, j) && !surnameAt(tokens, j)) ||
    /^\d[\d,.]*%?$/.test(w) ||
    FRACTION_WORDS.has(w)
  );
};

/** "Matthew Friend", "Anna Guest": a capitalised source noun right after a given name is a surname (not in
 * a thing's name, "the Philippine Star", nor in a headline's capitals, "Former Clinton Pollster Says"). */
const surnameAt = (tokens: readonly Token[], j: number): boolean =>
  (surnameAfterGivenName(tokenAt(tokens, j - 1).text, tokenAt(tokens, j).text) ||
    surnameAfterNameWords(tokens.slice(Math.max(0, j - 3), j + 1).map((t) => t.text))) &&
  tokenAt(tokens, j - 2).lower !== 'the' &&
  !tokenAt(tokens, j + 1).cap;

/** The phrase before a mark at j: through brackets ("Smith (R-Texas) said"), an appositive's comma, a quoted
 * title's closing mark ("host of “Morning Joe,” suggested") or a dashed aside ("Murphy — after a pause — told"). */
function markPhrase(tokens: readonly Token[], j: number, floor: number, depth: number): Phrase | null {
  const t = tokenAt(tokens, j);
  if (t.text === ')') {
    let k = j - 1;
    while (k > floor && tokenAt(tokens, k).text !== '(' && j - k < 8) k--;
    return tokens[k]?.text === '(' ? phraseBefore(tokens, k - 1, floor, depth) : null;
  }
  if (depth >= MAX_APPOSITIVE_COMMAS) return null;
  // ("Ana Ruiz, president of the council, known as CCE, said": a person before an alias speaks; so does a
  // name before its former one: "Valterra Platinum, the miner formerly known as Anglo American Platinum,")
  // ("Femi Falana, SAN, said": a silk's letters between commas belong to the name before them)
  const silk = tokenAt(tokens, j - 1);
  if (t.text === ',' && tokens[j - 2]?.text === ',' && silk.text.length > 1 && isNameSuffix(silk.text))
    return phraseBefore(tokens, j - 2, floor, depth);
  if (t.text === ',') return nameBeforeAlias(tokens, j, floor, depth) ?? appositive(tokens, j, floor, depth);
  // the comma sits inside the closing quote
  if (CLOSING_MARKS.test(t.text) && tokens[j - 1]?.text === ',') {
    const open = t.text === '”' ? '“' : t.text;
    let o = j - 2;
    while (o > floor && j - o <= MAX_QUOTED_TITLE && tokenAt(tokens, o).text !== open) o--;
    // only a short title inside a description, never a quotation that opens the clause ("“…,” he said")
    if (tokens[o]?.text !== open || j - o > MAX_QUOTED_TITLE || !tokens[o - 1]?.word) return null;
    return appositive(tokens, o, floor, depth, false);
  }
  if (t.text !== '—' && t.text !== '–' && t.text !== '-') return null;
  let k = j - 1;
  while (k > floor && tokenAt(tokens, k - 1).text === '-') k--;
  for (let m = k - 1; m > floor && k - m < MAX_APPOSITIVE; m--) {
    const d = tokenAt(tokens, m).text;
    const spaced = d === '-' && tokenAt(tokens, m).start > (tokens[m - 1]?.end ?? 0);
    if (d === '—' || d === '–' || spaced || (d === '-' && tokens[m - 1]?.text === '-')) {
      const start = d === '-' && tokens[m - 1]?.text === '-' ? m - 1 : m;
      return phraseBefore(tokens, start - 1, floor, depth + 1);
    }
  }
  return null;
}
