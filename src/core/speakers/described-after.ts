// "“…,” said the 46-year-old", "says the ad’s narrator, going on …": a definite description after an
// inverted cue, read back from where it ends the way a description before a cue is read.
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';
import { phraseAfter } from './phrase-after';
import { OFFICE_OF } from './portfolio-list';
import { TITLE_WORDS } from '../lexicon/titles';
import { FIRST_NAMES } from '../lexicon/first-names';
import { phraseBefore, type Phrase } from './speaker-phrase';

/** Most words of a description after an inverted cue ("the former first lady"). */
const MAX_WORDS = 7;
/** Most tokens from the comma to "name" in ", who gave only his first name". */
const MAX_GIVEN = 9;

/** The description opening at token i ("the" …) up to a stop, a preposition or a participle, or null. */
export function describedAfter(tokens: readonly Token[], i: number, ceil: number): Phrase | null {
  if (tokens[i]?.lower !== 'the') return null;
  let e = i + 1;
  while (
    e <= ceil &&
    e - i <= MAX_WORDS &&
    tokens[e]?.word === true &&
    !PREPOSITIONS.has(tokens[e]?.lower ?? '') &&
    (!/ing$/.test(tokens[e]?.lower ?? '') || DOCUMENT_NOUNS.has(tokens[e]?.lower ?? '')) // "the ruling"
  )
    e++;
  const after = tokens[e];
  if (e === i + 1 || (after && after.word && !PREPOSITIONS.has(after.lower))) return null;
  const p = joinedModifiers(tokens, i, phraseBefore(tokens, e - 1, i));
  if (!p || p.first > i + 1 || p.kind === 'pronoun' || p.kind === 'relative') return null;
  // "said the company's chief executive, John J. Ferriola.": the name in apposition is who spoke
  const name = after?.text === ',' ? phraseAfter(tokens, e + 1, ceil) : null;
  const end = name && tokens[name.last + 1];
  return name?.kind === 'proper' && (!end || !end.word) ? name : p;
}

/** "said his sister, Keisha Harris, at a news conference": the name in apposition to a described speaker
 * after an inverted cue is who spoke; else the phrase as found. */
export function apposedName(tokens: readonly Token[], p: Phrase | null, ceil: number): Phrase | null {
  const opener = tokens[p?.first ?? -1]?.lower ?? '';
  // ("said Desert Crown's chief executive, William Hartigan": a name's possessive opens it too)
  const owned = p !== null && tokens.slice(p.first, p.last).some((t) => isPossessive(t.lower));
  // ("said another analyst, Sofia Marchetti", "said one of them, Barbara Hollis": one of a group, named)
  const counted = opener === 'one' || opener === 'another';
  // ("said one shopkeeper, who gave only his first name, Salvatore": a stranger who named themselves)
  const given = p?.kind === 'unnamed' ? firstNameGiven(tokens, p.last + 1) : -1;
  if (given > 0) return nameAt(tokens, given, ceil) ?? p;
  // ("said Fiji's Minister for Environment and Climate Change, Ratu Semi Naivalu": an office and its remit)
  if (p?.kind === 'proper' && officeOnly(tokens, p) && tokens[p.last + 1]?.text === ',')
    return nameAt(tokens, p.last + 2, ceil) ?? p;
  if (
    p?.kind !== 'unnamed' ||
    (opener !== 'the' && !POSSESSIVE_DETERMINERS.has(opener) && !owned && !counted)
  )
    return p;
  const comma = counted ? ofGroupEnd(tokens, p.last + 1) : p.last + 1;
  if (tokens[comma]?.text !== ',') return p;
  return nameAt(tokens, comma + 1, ceil) ?? p;
}

/** A name standing alone at token i, closed by punctuation or the text's end; else null. */
function nameAt(tokens: readonly Token[], i: number, ceil: number): Phrase | null {
  const name = phraseAfter(tokens, i, ceil);
  const end = name && tokens[name.last + 1];
  return name?.kind === 'proper' && (!end || !end.word) ? name : null;
}

/** ", who gave only his first name, Salvatore", ", who gave her name as Ana": where the name starts after
 * the clause at token k that says the speaker gave it, or -1. */
function firstNameGiven(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'who') return -1;
  let m = tokens[k + 2]?.lower === 'would' ? k + 3 : k + 2;
  const verb = tokens[m]?.lower;
  if (verb !== 'gave' && verb !== 'give') return -1;
  for (m++; m < k + MAX_GIVEN && tokens[m]?.word && tokens[m]?.lower !== 'name'; m++);
  // ("his name", "his first name", "only her first name")
  const before = tokens[m - 1]?.lower ?? '';
  if (tokens[m]?.lower !== 'name' || !(before === 'first' || POSSESSIVE_DETERMINERS.has(before))) return -1;
  if (tokens[m + 1]?.lower === 'only') m++;
  if (tokens[m + 1]?.lower === 'as') return m + 2;
  return tokens[m + 1]?.text === ',' ? m + 2 : -1;
}

/** Most words of the group "one" is of ("one of the protesters"). */
const MAX_OF_GROUP = 4;

/** The token after "of" and a group's lowercase words at `k` ("of them", "of the protesters"); `k` itself
 * when no "of" is there. */
function ofGroupEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'of') return k;
  let e = k + 1;
  while (e - k <= MAX_OF_GROUP && tokens[e]?.word && !tokens[e]?.cap) e++;
  return e;
}

/** The phrase is an office with what it is for ("Minister for Environment and Climate Change"), no given name
 * after its title. */
function officeOnly(tokens: readonly Token[], p: Phrase): boolean {
  const words = tokens.slice(p.first, p.last + 1);
  const office = words.findIndex(
    (t, n) => TITLE_WORDS.has(t.lower) && OFFICE_OF.has(words[n + 1]?.lower ?? ''),
  );
  return office >= 0 && !words.slice(office).some((t) => FIRST_NAMES.has(t.lower));
}

/** "said the council's health and safety policy director, …": lowercase words joined by "and" before the
 * head the phrase read back reached are the description's too (the article at `i` bounds them). */
function joinedModifiers(tokens: readonly Token[], i: number, p: Phrase | null): Phrase | null {
  if (!p || p.kind !== 'unnamed' || p.first <= i + 1) return p;
  const words = tokens.slice(i + 1, p.first);
  const joined = words.some((t) => t.lower === 'and') && words.every((t) => t.word && !t.cap);
  return joined ? { ...p, first: i } : p;
}
