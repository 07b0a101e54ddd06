// A document speaks for its owner: "her statement said", "Infrastructure Canada’s public database shows".
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { CHANNEL_NOUNS } from '../lexicon/cue-nouns';
import { isKnownOrgName } from '../speakers/organization-name';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { DETERMINERS } from '../lexicon/subject-words';

/** "her statement" → "her"; "Infrastructure Canada’s public database" → "Infrastructure Canada"; null when
 * no document is named. */
export function documentOwner(said: string): string | null {
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

/** "LSEG data", "Labor Department data": a name right before the document, with no article, owns it. */
function namedOwner(said: string): string | null {
  const words = said.split(/\s+/);
  const owner = words.slice(0, -1);
  const lead = (owner[0] ?? '').toLowerCase();
  const named =
    owner.length > 0 &&
    owner.every((w) => /^\p{Lu}/u.test(w)) &&
    !NON_NAME_CAPS.has(lead) &&
    !DETERMINERS.has(lead);
  return named && DOCUMENT_NOUNS.has(words.at(-1) ?? '') ? owner.join(' ') : null;
}
