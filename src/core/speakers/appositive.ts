// An appositive before a cue, read back from its comma: "the inspector general, Steve Linick, said", "Ana
// Ruiz, a Democrat, said", "Clinton, 35, the daughter of …, said", "Mr. Slinker, whose start-up, Paradata,
// …, said". Split from speaker-phrase.ts, whose phraseBefore reads each part.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { RELATIVE_OPENERS, RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { CLAUSE_INTRODUCERS } from '../lexicon/speaker-phrase-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { tokenAt } from '../text/token-window';
import { ADVERBIAL_OPENERS } from '../lexicon/adjunct-words';
import { isPossessive } from '../text/possessive';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';
import { describedName } from './described-name';
import { nameBeforeRole } from './name-before-role';
import { opensClause } from './opens-clause';
import { apposedTo } from './apposed-to';
import { affiliatedSource } from './affiliated-source';
import { isPartyTag, partyTagStart } from './party-tag';
import { campusTail, nameTail, placeTail } from './phrase-tails';
import { personBeforeAffiliation } from './person-before-affiliation';
import { apposedOrganization } from './apposed-organization';
import { MAX_APPOSITIVE, MAX_APPOSITIVE_COMMAS, phraseBefore, type Phrase } from './speaker-phrase';

export function appositive(
  tokens: readonly Token[],
  j: number,
  floor: number,
  depth: number,
  named = true,
): Phrase | null {
  // "Rep. Will Hurd, R-Texas, said": a party and state tag between commas is the name's, not a name
  if (named && isPartyTag(tokens, j) && tokens[partyTagStart(tokens, j) - 1]?.text === ',')
    return phraseBefore(tokens, partyTagStart(tokens, j) - 2, floor, depth + 1);
  // "Mr. Slinker, whose start-up, Paradata, uses …, said": a name inside a relative clause is not the subject
  const relative = named ? relativeAntecedent(tokens, j, floor, depth) : null;
  if (relative) return relative;
  const before = named ? phraseBefore(tokens, j - 1, floor, MAX_APPOSITIVE_COMMAS) : null;
  const tail = before ? pastTail(tokens, before, floor, depth) : undefined;
  if (tail !== undefined) return tail;
  // "the inspector general, Steve Linick, said": the name between the commas (or before its affiliation)
  const inner = before && (personBeforeAffiliation(tokens, before, floor) ?? before);
  const described = inner && nameBeforeRole(tokens, inner, floor, depth);
  if (described) return described;
  if (inner && apposedOrganization(tokens, inner)) return inner;
  if (
    inner &&
    inner.kind === 'proper' &&
    opensClause(tokens, inner, floor) &&
    !placeTail(tokens, inner) &&
    !nameTail(tokens, inner)
  )
    return (
      ownerBeforeRole(tokens, inner, floor, depth) ?? describedName(tokens, inner, floor, depth) ?? inner
    ); // "Ana Ruiz, a Democrat, said"
  // "Lower costs, and fares, could be part of it, said X": a finite verb outside a relative clause is said
  let verb = false;
  let headed: Phrase | null = null;
  let quoted = false; // ("Doug Purdy, who lost 16 lbs. “and two belt loops” …, says": only in a "who" clause)
  for (let k = j - 1; k >= Math.max(floor, j - MAX_APPOSITIVE); k--) {
    const t = tokenAt(tokens, k);
    if (t.text === ';') return null;
    quoted ||= /^[“”"]$/.test(t.text);
    if (t.text === ',' && quoted && !RELATIVE_WHO.has(tokens[k + 1]?.lower ?? '')) return null;
    if (FINITE_AUXILIARIES.has(t.lower)) verb = true;
    else if (CLAUSE_INTRODUCERS.has(t.lower)) verb = false;
    if (t.text !== ',' || isPartyTag(tokens, k)) continue;
    if (verb) return null;
    const p = phraseBefore(tokens, k - 1, floor, depth + 1);
    // "Cory Ames, 22, of Flint, said": a number between commas is an age, not a poll share
    if (
      !p ||
      (p.first === p.last &&
        /^\d/.test(tokenAt(tokens, p.first).text) &&
        tokens[p.first - 1]?.text === ',') ||
      placeTail(tokens, p) // "…, based in Kansas City, Mo., and an organizer …, said": a place, not the speaker
    )
      continue;
    if (opensClause(tokens, p, floor)) return apposedTo(tokens, p, floor, depth) ?? p;
    // (only when no comma further back opens the clause: "Matthew Prince, chief executive of CloudFlare,")
    headed ??= headOfComplement(tokens, p, floor, depth);
  }
  return headed;
}

/** "Reacting, the party's spokesman, Kola Adewale, said": an opener's one word ("Responding", "Separately"), a
 * description and a full name before the cue; the word is no name the role describes. */
function openerBeforeDescribed(tokens: readonly Token[], p: Phrase, inner: Phrase): boolean {
  const lead = tokens[p.last + 2];
  const description = tokens.slice(p.last + 2, inner.first - 1);
  const word = tokenAt(tokens, p.first).lower;
  return (
    p.first === p.last &&
    (/(ing|ly)$/.test(word) || ADVERBIAL_OPENERS.has(word)) &&
    inner.kind === 'proper' &&
    inner.last > inner.first &&
    tokens[p.last + 1]?.text === ',' &&
    tokens[inner.first - 1]?.text === ',' &&
    lead !== undefined &&
    (ARTICLES.has(lead.lower) || POSSESSIVE_DETERMINERS.has(lead.lower) || isPossessive(lead.text)) &&
    !description.some((t) => t.text === ',')
  );
}

/** "…, Dr. Priya Moorjani of the University of California, Berkeley, said", "…, Tom Reilly of the Storm
 * Prediction Center in Norman, Oklahoma, said": the appositive before a campus's or a region's comma; a
 * region's only when a comma opens it ("Judge Ann Lee in Boston, Massachusetts, rejected" has none).
 * Undefined when `before` is no such tail. */
function pastTail(
  tokens: readonly Token[],
  before: Phrase,
  floor: number,
  depth: number,
): Phrase | null | undefined {
  if (campusTail(tokens, before)) return appositive(tokens, before.first - 1, floor, depth + 1);
  if (!placeTail(tokens, before)) return undefined;
  const past = appositive(tokens, before.first - 1, floor, depth + 1);
  return past && tokens[past.first - 1]?.text === ',' ? past : undefined;
}

/** "Officials at the ministry, speaking on condition of anonymity, said": a phrase after an affiliation
 * ("at the ministry") is its head's complement; the speaker is the head with it, when the head is a person
 * or a source and opens the clause. */
function headOfComplement(tokens: readonly Token[], p: Phrase, floor: number, depth: number): Phrase | null {
  const b = tokens[p.first - 1]?.lower === 'the' ? p.first - 2 : p.first - 1;
  if (!AFFILIATION_PREPOSITIONS.has(tokens[b]?.lower ?? '') || depth >= MAX_APPOSITIVE_COMMAS) return null;
  const head = phraseBefore(tokens, b - 1, floor, depth + 1);
  const noun = head ? tokenAt(tokens, head.last).lower : '';
  return head?.kind === 'unnamed' &&
    (UNNAMED_SOURCE_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(noun)) &&
    opensClause(tokens, head, floor)
    ? { ...head, last: p.last }
    : null;
}

/** "Giovanni Vian, the editor of the Vatican’s newspaper, L’Osservatore Romano, said": a name right after a
 * role with an "of" or possessive complement names the complement; the speaker is the name before the role. */
function ownerBeforeRole(
  tokens: readonly Token[],
  inner: Phrase,
  floor: number,
  depth: number,
): Phrase | null {
  const comma = tokens[inner.first - 1]?.lower === 'the' ? inner.first - 2 : inner.first - 1;
  if (tokens[comma]?.text !== ',') return null;
  const outer = appositive(tokens, comma, floor, depth + 1, false);
  if (outer?.kind !== 'proper' || openerBeforeDescribed(tokens, outer, inner)) return null;
  const role = tokens.slice(outer.last + 2, comma);
  return role.some((t) => t.lower === 'of' || /[’']s$/.test(t.lower)) ? outer : null;
}

/** The phrase a relative clause ("…, whose start-up, Paradata, uses …,") describes, when one runs from a
 * comma up to the comma at j; null when none does or its antecedent does not open the clause. */
function relativeAntecedent(
  tokens: readonly Token[],
  j: number,
  floor: number,
  depth: number,
): Phrase | null {
  for (let k = j - 1; k > floor && k >= j - MAX_APPOSITIVE; k--) {
    const t = tokenAt(tokens, k);
    if (/^[;.“”"]$|^''$/.test(t.text)) return null;
    if (!RELATIVE_OPENERS.has(t.lower) || tokens[k - 1]?.text !== ',') continue;
    // "A statement e-mailed by Reagan Ruslim, who joined the board, said": the author; "a lawyer for Tom
    // Baker, who …, said": the one affiliated, as in "a lawyer for Tom Baker said"
    const name = phraseBefore(tokens, k - 2, floor, depth + 1);
    const at = name ? name.first - 1 : -1;
    if (name?.kind === 'proper' && tokens[at]?.lower === 'by') return name;
    // ("A senior diplomat in Lilongwe, who asked not to be identified, told": where the source is, too)
    const where = tokens[at]?.lower === 'in';
    if (name?.kind === 'proper' && (AFFILIATION_PREPOSITIONS.has(tokens[at]?.lower ?? '') || where)) {
      // ("A diplomat based in Port-au-Prince, who …": past a participle to the noun it describes)
      const based = /^\p{Ll}+ed$/u.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.word === true;
      const head = phraseBefore(tokens, based ? at - 2 : at - 1, floor, depth + 1);
      const named = head && (roleOf(tokens, head, floor, depth) ?? head); // "Zaheed, director of …"
      if (!named || named.kind === 'pronoun' || !opensClause(tokens, named, floor)) return null;
      // ("A spokesperson for Cadillac Fairview, which owns the mall, said": whose, as without the clause)
      return named === head && head.kind === 'unnamed' && !where ? { ...head, last: name.last } : named;
    }
    // ("A source at a Vietnamese firm, who requested anonymity, said": the source, as without the clause)
    const source = name?.kind === 'proper' ? null : affiliatedSource(tokens, k - 2, floor, depth);
    if (source) return source;
    const p = phraseBefore(tokens, k - 1, floor, depth); // through "Ana Ruiz, 58," to the name
    return p && p.kind !== 'pronoun' && opensClause(tokens, p, floor) ? p : null;
  }
  return null;
}

/** The name a role in apposition describes, with its article or without ("Murshed Zaheed, acting political
 * director of CREDO Action, which …"). */
function roleOf(tokens: readonly Token[], head: Phrase, floor: number, depth: number): Phrase | null {
  const named = describedName(tokens, head, floor, depth);
  if (named || head.kind !== 'unnamed' || tokens[head.first - 1]?.text !== ',') return named;
  const before = phraseBefore(tokens, head.first - 2, floor, depth + 1);
  return before?.kind === 'proper' ? before : null;
}
