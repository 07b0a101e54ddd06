// "Beyoncé won album of the year …. “…,” the singer said": a capitalised word no lexicon knows, opening its
// sentence before a verb, may be someone known by one name. Only words the article writes more than once,
// and never in lower case, are kept (heldNames): "Turnout has been low" opens on a common word. With no
// gender known, such a name takes a description, not a "he" or "she".
import { FIRST_NAMES } from '../lexicon/first-names';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { isOrganizationName } from '../speakers/organization-name';
import { isDemonym } from '../speakers/is-demonym';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import type { PersonMention } from './find-people';
import { wordsUsed } from '../text/words-used';
import { verbAt, verbPastAside } from './given-name-subject';
import { cueForm } from '../cues/find-cues';

/** A capitalised word of three letters or more, no capital inside ("TransLink" is a brand) and no
 * possessive ("Carson’s campaign"). */
const ONE_NAME = /^\p{Lu}\p{Ll}[\p{Ll}-]+$/u;

/** The one-word name opening the sentence at token i before its verb, or null. */
export function loneNameSubject(toks: readonly Token[], i: number): Omit<PersonMention, 'sentence'> | null {
  const t = tokenAt(toks, i);
  if (i !== 0 || !ONE_NAME.test(t.text) || knownWord(t)) return null;
  // (a verb that is no cue: "Brenvo, which owns Harlow Foods, said" is a speaker, read as one)
  const verb = verbAt(toks, 1) ? 1 : verbPastAside(toks, 1);
  if (verb < 0 || cueForm(tokenAt(toks, verb).lower) !== undefined) return null;
  return {
    start: t.start,
    end: t.end,
    name: t.text,
    surname: t.text,
    gender: null,
    full: false,
    role: null,
    description: null,
    affiliation: null,
    roleWords: [],
    subject: true,
    lone: true,
  };
}

/** The people found, without one-word names the article writes only once or also in lower case. */
export function heldNames(text: string, people: readonly PersonMention[]): readonly PersonMention[] {
  if (!people.some((p) => p.lone)) return people;
  const count = wordsUsed(text);
  return people.filter(
    (p) => !p.lone || (count(p.name, p.start) > 1 && count(p.name.toLowerCase(), p.start) === 0),
  );
}

/** A word a lexicon reads as something else (a given name, a place, a people, a role, a source, an
 * organisation), or a plural. */
const knownWord = (t: Token): boolean =>
  t.lower.endsWith('s') || // (a plural no list holds: "Builders welcomed the money")
  FIRST_NAMES.has(t.lower) ||
  PLACES.has(t.lower) ||
  NON_NAME_CAPS.has(t.lower) ||
  PERSON_ROLE_NOUNS.has(t.lower) ||
  TITLE_WORDS.has(t.lower) ||
  UNNAMED_SOURCE_NOUNS.has(t.lower) ||
  isDemonym(t.lower) ||
  isOrganizationName(t.text);
