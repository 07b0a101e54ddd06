// "Piero Alonso Corvetto", "Gleisi Helena Hoffmann", "Raza Husain KC": a given name no list holds, right
// before one a list does. The name starts at the first given name the lists know, which would leave the
// unknown one out of the name and make it the person's role.
import { CIRCUMSTANCE_NOUNS, ASSOCIATE_NOUNS } from '../lexicon/circumstance-nouns';
import { KIN_ORDER_WORDS } from '../lexicon/coreference-words';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import { ORG_HEADS } from '../lexicon/org-heads';
import { PARTY_ADJECTIVES, PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { PLACES } from '../lexicon/places';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ADDRESS_WORDS } from '../lexicon/title-kinds';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { cueForm } from '../cues/find-cues';
import { isDemonym } from '../speakers/is-demonym';
import { isKnownOrgName } from '../speakers/organization-name';
import { isAgentNoun } from '../text/agent-noun';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isHeadline } from './name-run';

const LEXICONS: readonly ReadonlySet<string>[] = [
  ADDRESS_WORDS,
  ASSOCIATE_NOUNS,
  CIRCUMSTANCE_NOUNS,
  KIN_ORDER_WORDS,
  ORG_HEADS,
  PARTY_ADJECTIVES,
  PARTY_MEMBER_NOUNS,
  PERSON_ROLE_NOUNS,
  PLACES,
  PORTFOLIO_WORDS,
  TITLE_WORDS,
  UNNAMED_SOURCE_NOUNS,
];

/** Endings of English words that are no given name: a plural, a participle, an adverb, an office
 * ("Yankees", "Celebrating", "Finally", "Alderwoman", "Councilmember"). */
const WORD_ENDING = /(?:s|ed|ing|ly|man|woman|member)$/;

/** Words before a run that make it part of a longer phrase ("Chancellor of the Exchequer Rachel Reeves"). */
const PHRASE_JOINS: ReadonlySet<string> = new Set(['and', 'for', 'of', 'the']);

/** Where the name starts when the word at `named`, right before its first known given name `f`, is a given
 * name too: plainly capitalised, the run going on past `f` to a surname, no word any list reads otherwise
 * (a title, a role, a place, a nation, a party, an organisation, a cue: "Brazilian Ana Ruiz", "Says Ana
 * Ruiz") and no headline's capitals ("Support Hillary Clinton"). Else `f`. */
export function givenNameBefore(toks: readonly Token[], named: number, f: number, j: number): number {
  const w = tokenAt(toks, named);
  if (f !== named + 1 || f >= j || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.text) || WORD_ENDING.test(w.lower)) return f;
  if (PHRASE_JOINS.has(toks[named - 1]?.lower ?? '') || isHeadline(toks)) return f;
  const read =
    LEXICONS.some((lexicon) => lexicon.has(w.lower)) ||
    GENDERED_ROLE_NOUNS.has(w.lower) ||
    isDemonym(w.lower) ||
    isAgentNoun(w.lower) ||
    cueForm(w.lower) !== undefined ||
    isKnownOrgName(w.text);
  return read ? f : named;
}
