// Who "he", "she", "they" or "it" stands for when it names a speaker. In labelled news about four
// pronoun speakers in five continue the previous statement's speaker; most of the rest name someone the
// writer introduced since that statement ("… Babatunji Farinloye, 50. “…,” he says.").
import { personHeaded } from './person-headed';
import { subjectOfSentence } from './subject-of-sentence';
import { fits } from './pronoun-fits';
import { ASKER_NOUNS } from '../lexicon/coreference-words';
import type { EntityRecord } from './entity-table';
import { itemAt } from '../text/item-at';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { RARE_NAME_GOES_ON, rareName, rarelyGendered } from './rare-name-gender';

/** A speaker pronoun's class; 'person' is anyone, for a quote with no speaker named at all. */
export type PronounClass = 'm' | 'f' | 'plural' | 'thing' | 'person';

/** A person or organisation named at `start` (a speaker phrase or a name in the text). */
export interface SeenMention {
  readonly entity: EntityRecord;
  readonly start: number;
  /** Inside a quotation: someone the speaker talks about, not a candidate for the speaker's "he". */
  readonly quoted: boolean;
  /** Subject of its sentence, or a speaker: only these take a "he" over the previous speaker. A quote with
   * no speaker at all goes to anyone the lines before it named only when no previous speaker can go on
   * ("…,” she said, when asked whether she wanted Cruz to campaign. “…”" is still hers). */
  readonly salient: boolean;
  /** Subject of its sentence (a speaker phrase is one): "the 26-year-old right wing said" after
   * "Niederreiter has four goals since Minnesota traded him … for Victor Rask" is the subject, not the
   * person introduced later in the sentence. */
  readonly subject?: boolean;
  /** The sentence a name in the text was found in (speakers have none). */
  readonly sentence?: number;
}

/** The previous statement's speaker and where that attribution ends. */
export interface Attribution {
  readonly entity: EntityRecord;
  readonly end: number;
}

/** How far back (characters) a pronoun looks for someone named. */
const PRONOUN_WINDOW = 1500;
/** How far a speaker carries over to a later "he said" with nobody named in between. */
const CONTINUE_WINDOW = 2500;

/** The previous speaker goes on as "he" or "she" even when one word of unknown gender names them, if a role
 * showed them a person ("Roman, a resident of the area, said …. He said …"), or as an unnamed source whose
 * noun gives that gender ("Okoro's mother said … “…,” she told reporters"). */
const continues = (e: EntityRecord, pron: PronounClass): boolean =>
  fits(e, pron) ||
  (e.type === 'unnamed' && !e.plural && e.gender !== null && e.gender === pron) ||
  ((pron === 'm' || pron === 'f') &&
    e.type === 'person' &&
    e.gender === null &&
    e.roleWords.size > 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(e.name));

/** How far an unnamed speaker of no known gender carries over to a "he" or "she" (the next sentence). */
const UNNAMED_GOES_ON = 60;

/** Mentions out of a pronoun's reach. */
export interface OutOfReach {
  /** From here up to the pronoun ("Schumer, he said, knows …": the one the sentence is about is not who
   * says it). */
  readonly asideFrom?: number;
  /** The statement's own words when they come before the pronoun. */
  readonly words?: { readonly start: number; readonly end: number } | undefined;
}

export function pronounAntecedent(
  seen: readonly SeenMention[],
  prev: Attribution | null,
  offset: number,
  pron: PronounClass,
  { asideFrom = offset, words }: OutOfReach = {},
): EntityRecord | null {
  // "Harry said … ⏎ Taking Archie outside is his favorite activity, he said": while the previous speaker
  // can go on, someone the words name is talked about; with nobody to go on, the writer often names the
  // speaker in them ("Sobin likely would have voted for Clinton, he says").
  // (not a previous attribution inside the stretch out of reach: "Asked by a reporter whether …, she said")
  const last = prev !== null && (asideFrom >= offset || prev.end <= asideFrom) ? prev : null;
  const goesOn = last !== null && offset - last.end <= CONTINUE_WINDOW && continues(last.entity, pron);
  const inWords = (at: number): boolean => goesOn && !!words && at >= words.start && at < words.end;
  const outOfReach = (at: number): boolean => at >= asideFrom || inWords(at);
  // Someone named since the previous attribution, outside quotes: the newest compatible one.
  const since = last?.end ?? -1;
  // "an analysis by Corey Scher of CUNY and Jamon Van Den Hoek of Oregon State University. They …": a
  // "they" goes to people named together before an organisation one of them belongs to.
  let org: EntityRecord | null = null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (outOfReach(m.start)) continue;
    if (m.start <= since || offset - m.start > PRONOUN_WINDOW) break;
    const group = pron === 'plural' && m.entity.type === 'person' && m.entity.plural;
    // ("The Associated Press interviewed 20 crew members. They described …": an outlet is not "they")
    if (pron === 'plural' && m.entity.statements === 0 && OUTLETS_BY_NAME.has(m.entity.name)) continue;
    // ("A former employee, who asked not to be named, put it bluntly. “…,” he said")
    if (m.salient && !m.quoted && unnamedPerson(m.entity, pron)) return m.entity;
    if (m.quoted || !fits(m.entity, pron) || !(m.salient || group || (pron === 'person' && !goesOn)))
      continue;
    // (a pronoun opening its own words may be the sentence's subject; one after a quote, the newcomer)
    if (pron !== 'plural' || group) return (!words && subjectOfSentence(seen, i, pron)?.entity) || m.entity;
    org ??= m.entity;
  }
  if (org) return org;
  if (goesOn) return last.entity;
  if (last && surnameGoesOn(last, offset, pron)) return last.entity;
  // (measured to the statement's own words when they come first: "the clerk said …. “…,” she said")
  const near = words && words.end <= offset ? Math.min(offset, words.start) : offset;
  const spokeAt = unnamedSpokeAt(seen, last, near, pron);
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (outOfReach(m.start)) continue;
    if (offset - m.start > PRONOUN_WINDOW) break;
    if (!m.quoted && fits(m.entity, pron)) return last && m.start < spokeAt ? last.entity : m.entity;
  }
  // With nobody named who fits: "A woman who identified herself as the mother … She said": an unnamed
  // source whose noun gives the pronoun's gender.
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (offset - m.start > PRONOUN_WINDOW) break;
    const e = m.entity;
    if (!m.quoted && e.type === 'unnamed' && !e.plural && e.gender !== null && e.gender === pron) return e;
  }
  return rarelyGendered(seen, last, offset, pron) ?? goesOnUnfitting(last, offset, pron);
}

/** The previous speaker going on as a "he" or "she" that fits nobody named: an unnamed source of no known
 * gender, or a person whose gender only a rare given name gave. */
function goesOnUnfitting(prev: Attribution | null, offset: number, pron: PronounClass): EntityRecord | null {
  if (!prev || (pron !== 'm' && pron !== 'f')) return null;
  const e = prev.entity;
  // "Tiff Macklem told reporters …. “…,” he said": when nobody named fits, the previous speaker goes on
  // even against a gender that only a rare given name gave them.
  if (offset - prev.end <= RARE_NAME_GOES_ON && rareName(e)) return e;
  // "Her lawyer said Ms. Ruiz would appeal. “She is innocent,” he said.": an unnamed source of no known
  // gender goes on as the previous speaker, right after, when nobody named fits
  return offset - prev.end <= UNNAMED_GOES_ON && unnamedPerson(e, pron) ? e : null;
}

/** "The victim's neighbour … said the dogs had roamed for weeks. “We called twice,” she said.": right after,
 * a new unnamed speaker (someone's, or "a …") goes on rather than someone named before they spoke. Where
 * that speaker was named, or -1. */
function unnamedSpokeAt(
  seen: readonly SeenMention[],
  prev: Attribution | null,
  offset: number,
  pron: PronounClass,
): number {
  if (!prev || offset - prev.end > UNNAMED_GOES_ON || !unnamedPerson(prev.entity, pron)) return -1;
  // ("the Republican presidential candidate" is someone the article named; "One nurse, who spoke on
  // condition of anonymity," and "Another analyst" are not)
  const name = prev.entity.name;
  if (!/^(?:an?|one)\s|['’]s\s/i.test(name) && !/^another\s/i.test(name)) return -1;
  // ("one questioner claimed …. “You're right, …”": who asked is answered, not going on)
  if (ASKER_NOUNS.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return -1;
  return seen.findLast((m) => m.entity === prev.entity && m.start < prev.end)?.start ?? -1;
}

/** "Zelensky said the talks had failed. “We will fight,” he said": right after, a speaker named by a surname
 * alone, of no known gender, goes on as a "he" or "she" over anyone named before them. */
const surnameGoesOn = (prev: Attribution, offset: number, pron: PronounClass): boolean =>
  (pron === 'm' || pron === 'f') &&
  offset - prev.end <= UNNAMED_GOES_ON &&
  prev.entity.type === 'person' &&
  !prev.entity.plural &&
  prev.entity.gender === null &&
  /^\p{Lu}\p{Ll}+$/u.test(prev.entity.name);

/** One unnamed person of no known gender ("the victim's neighbour"), for a "he" or "she". */
const unnamedPerson = (e: EntityRecord, pron: PronounClass): boolean =>
  (pron === 'm' || pron === 'f') &&
  e.type === 'unnamed' &&
  !e.plural &&
  e.gender === null &&
  personHeaded(e.name);
