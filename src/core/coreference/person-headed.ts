// Whether a phrase is headed by a word for a person: "Her lawyer", "a former employee" (not "radar data").
import { RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { CIRCUMSTANCE_NOUNS } from '../lexicon/circumstance-nouns';
import { isAgentNoun } from '../text/agent-noun';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';

/** "Her lawyer", "a Cleveland minister whose plan …": a person's role heads the phrase (not "radar data"). */
export function personHeaded(name: string): boolean {
  for (const w of name.toLowerCase().split(/\s+/)) {
    // ("a report in the sports daily Kicker Tennis": where a thing came out is no head)
    if (RELATIVE_WHO.has(w) || AFFILIATION_PREPOSITIONS.has(w) || w === 'in') return false;
    // ("one general contractor", "a patient": a trade's ending or what someone is in the story too)
    if (PERSON_ROLE_NOUNS.has(w) || CIRCUMSTANCE_NOUNS.has(w) || isAgentNoun(w)) return true;
  }
  return false;
}
