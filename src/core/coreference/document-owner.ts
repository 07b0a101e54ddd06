// A document speaks for its owner: "her statement said", "Infrastructure Canada’s public database shows".
import { DOCUMENT_NOUNS, PEOPLE_DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { CHANNEL_NOUNS } from '../lexicon/cue-nouns';
import { isAcronym, isKnownOrgName, isOrganizationName } from '../speakers/organization-name';
import { isPlaceCompoundWord } from '../speakers/place-compound';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { DETERMINERS } from '../lexicon/subject-words';
import type { SpeakerPhrase } from '../statements/draft';
import { classifyPhrase } from '../speakers/classify-speaker';
import { opensSentenceAt } from './common-word';
import type { EntityTable } from './entity-table';

/** "her statement" → "her"; "Infrastructure Canada’s public database" → "Infrastructure Canada"; null when
 * no document is named. */
function documentOwner(said: string): string | null {
  const m = /^(.+?)(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+)$/u.exec(said);
  const noun = m?.[2] ?? '';
  // ("Starr's remarks", "the school system's Facebook": a channel someone owns stands for their words; a
  // capitalised one only as a platform's name, not "Food Price Report")
  const lower = /^\p{Ll}/u.test(noun);
  const channel = CHANNEL_NOUNS.has(noun.toLowerCase()) && (lower || isKnownOrgName(noun));
  if (!m || !((lower && DOCUMENT_NOUNS.has(noun)) || channel)) return null;
  const owner = m[1] ?? '';
  const possessive = /[’']s\s/.test(said.slice(owner.length, owner.length + 3));
  if (possessive || THIRD_PERSON_POSSESSIVES.has(owner.toLowerCase())) return owner;
  return namedOwner(said);
}

/** "LSEG data", "Labor Department data", "a Boulder Police Department news release": a name right before
 * the document (past "a" and up to two lowercase modifiers) owns it. */
function namedOwner(said: string): string | null {
  const words = said.split(/\s+/);
  if (!DOCUMENT_NOUNS.has(words.at(-1) ?? '')) return null;
  // ("State public records", "City financial records" are kinds of records, not whose)
  const from = /^an?$/i.test(words[0] ?? '') ? 1 : 0;
  let to = words.length - 1;
  while (
    from > 0 &&
    to > from &&
    words.length - 1 - to < MAX_MODIFIERS &&
    /^\p{Ll}/u.test(words[to - 1] ?? '')
  )
    to--;
  const owner = words.slice(from, to);
  const lead = (owner[0] ?? '').toLowerCase();
  // ("a United Nations-backed report": who backs it is not who wrote it)
  const named =
    owner.length > 0 &&
    owner.every((w) => /^\p{Lu}/u.test(w) && !NON_NAME_CAPS.has(w.toLowerCase())) &&
    !isPlaceCompoundWord(owner.at(-1) ?? '') &&
    !DETERMINERS.has(lead);
  const name = owner.join(' ');
  const body = !PEOPLE_DOCUMENT_NOUNS.has(words.at(-1) ?? '') || isAcronym(name) || isOrganizationName(name);
  return named && body ? name : null;
}

/** Most lowercase words between an owner's name and its document ("news release"). */
const MAX_MODIFIERS = 2;

/** Where a document's owner is written in its phrase, past "a" ("a White House pool report"); "the union’s
 * Friday release" describes its owner, with no name. */
export function ownerPhrase(p: SpeakerPhrase, said: string, owner: string): SpeakerPhrase {
  const start = p.start + said.indexOf(owner);
  return { start, end: start + owner.length, kind: /^the\s/i.test(owner) ? 'unnamed' : 'proper' };
}

/** The owner of the document `said` names, which speaks for it; null when it names none. "Recent data
 * shows", "Preliminary data suggests": a lone word before the document, capitalised only as the sentence's
 * first, that the article names nobody and no body by, is the document's adjective, not its owner. */
export function speakingOwner(text: string, start: number, said: string, table: EntityTable): string | null {
  const owner = documentOwner(said);
  if (owner === null || owner.length >= said.length) return null;
  const adjective =
    said.startsWith(`${owner} `) &&
    !owner.includes(' ') &&
    opensSentenceAt(text, start) &&
    !table.namesPerson(owner) &&
    !table.knownOrganization(owner, start) &&
    classifyPhrase(owner, 'proper').type === 'person';
  return adjective ? null : owner;
}
