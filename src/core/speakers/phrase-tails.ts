// Phrases between an appositive's commas that end another phrase rather than name a speaker: the rest of
// a name after "and", the region after a place, the campus after a university, an alias.
import { REGIONS } from '../lexicon/regions';
import { PLACES } from '../lexicon/places';
import { PLACE_PREPOSITIONS } from '../lexicon/clause-words';
import { CAMPUS_HEADS } from '../lexicon/org-heads';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isNameWord } from './name-words';
import { phraseBefore, type Phrase } from './speaker-phrase';
import { FIRST_NAMES } from '../lexicon/first-names';

/** "…, director of stroke for the Heart and Stroke Foundation, said": a name after "and" right after another
 * name word is the end of one name, not a name of its own. */
export function nameTail(tokens: readonly Token[], inner: Phrase): boolean {
  return tokenAt(tokens, inner.first - 1).lower === 'and' && isNameWord(tokenAt(tokens, inner.first - 2));
}

/** "a nurse in Springfield, Ill., said", "in Columbus, Ohio, said": a region after "Place," is the rest of
 * the place. */
export function placeTail(tokens: readonly Token[], inner: Phrase): boolean {
  const comma = inner.first - 1;
  if (tokens[comma]?.text !== ',' || !tokens[comma - 1] || !isNameWord(tokenAt(tokens, comma - 1)))
    return false;
  const last = tokenAt(tokens, inner.last).text === '.' ? inner.last - 1 : inner.last;
  const words = tokens.slice(inner.first, last + 1).map((t) => t.lower);
  return REGIONS.has(words.join(' ')) || campusTail(tokens, inner) || countryTail(tokens, comma, words);
}

/** "a geologist in Ahmedabad, India, said": a place after a place named after "in" (or "near", "from") is
 * the country or region it lies in. */
function countryTail(tokens: readonly Token[], comma: number, words: readonly string[]): boolean {
  if (!PLACES.has(words.join(' '))) return false;
  let k = comma - 1;
  while (k > 0 && isNameWord(tokenAt(tokens, k - 1))) k--;
  return PLACE_PREPOSITIONS.has(tokenAt(tokens, k - 1).lower);
}

/** "the University of California, Berkeley,": a campus after "University of" a state, between commas, is
 * the rest of its name. */
export function campusTail(tokens: readonly Token[], inner: Phrase): boolean {
  const comma = inner.first - 1;
  return (
    tokens[comma]?.text === ',' &&
    tokenAt(tokens, comma - 2).lower === 'of' &&
    CAMPUS_HEADS.has(tokenAt(tokens, comma - 3).text)
  );
}

/** Words before "known as" that still name an alias ("also known as", "better known as"). */
const ALIAS_LEADS = new Set(['also', 'better', 'commonly', 'locally', 'popularly', 'widely']);
/** Longest alias after "known as" ("the Mato Grosso Institute of Agricultural Economics"), in tokens. */
const MAX_ALIAS = 8;

/** "Francisco Cervantes Díaz, president of the Business Coordinating Council, known as CCE, said": a
 * person before an alias between commas speaks (an organisation's alias, "the Superior Electoral Court,
 * known as TSE", names it as well as its full name, which a phrase may read only in part). */
function personBeforeAlias(tokens: readonly Token[], j: number, floor: number, depth: number): Phrase | null {
  const comma = aliasComma(tokens, j);
  const person = comma > 0 ? phraseBefore(tokens, comma, floor, depth) : null;
  return person?.kind === 'proper' && FIRST_NAMES.has(tokenAt(tokens, person.first).lower) ? person : null;
}

/** The comma that opens an alias between commas ("…, known as Canacar,"), or -1. */
function aliasComma(tokens: readonly Token[], j: number): number {
  for (let k = j - 1; k > 1 && j - k <= MAX_ALIAS; k--) {
    if (tokenAt(tokens, k).lower !== 'as' || tokenAt(tokens, k - 1).lower !== 'known') continue;
    const comma = ALIAS_LEADS.has(tokenAt(tokens, k - 2).lower) ? k - 3 : k - 2;
    return tokens[comma]?.text === ',' ? comma : -1;
  }
  return -1;
}

/** Words before "known as" that make the name after it a former one ("formerly known as"). */
const FORMER_LEADS = new Set(['formerly', 'once', 'previously']);
/** Longest description before "formerly known as" ("the miner"), in tokens. */
const MAX_FORMER_DESCRIPTION = 6;

/** "Valterra Platinum, the miner formerly known as Anglo American Platinum, said": the name before a
 * description that gives its former name speaks, not the former name. */
function formerNameBefore(tokens: readonly Token[], j: number, floor: number, depth: number): Phrase | null {
  for (let k = j - 1; k > floor + 2 && j - k <= MAX_ALIAS; k--) {
    if (tokenAt(tokens, k).lower !== 'as' || tokenAt(tokens, k - 1).lower !== 'known') continue;
    if (!FORMER_LEADS.has(tokenAt(tokens, k - 2).lower)) return null;
    let open = k - 3;
    while (open > floor && k - open <= MAX_FORMER_DESCRIPTION && tokenAt(tokens, open).text !== ',') open--;
    const p = tokenAt(tokens, open).text === ',' ? phraseBefore(tokens, open - 1, floor, depth + 1) : null;
    return p?.kind === 'proper' ? p : null;
  }
  return null;
}

/** The name before an alias or a former name that a description between commas gives. */
export const nameBeforeAlias = (
  tokens: readonly Token[],
  j: number,
  floor: number,
  depth: number,
): Phrase | null => personBeforeAlias(tokens, j, floor, depth) ?? formerNameBefore(tokens, j, floor, depth);
