// Words coreference (src/core/coreference/) reads mentions with: honorifics and their gender, copulas
// and role-phrase ends, joiners left out of initials.
import { setOf, wordList } from './word-list';

/** "is a", "was the": a copula before a role description. */
export const IS_WAS: ReadonlySet<string> = setOf(`
  is
  was
`);

/** "will serve as interim coach", "served as chief of staff": a role someone takes, after "as". */
export const SERVE_VERBS: ReadonlySet<string> = setOf(`
  serve
  served
  serves
`);

/** Words that end a role description before a name ("director of …", "who said"). */
export const ROLE_PHRASE_ENDS: ReadonlySet<string> = setOf(`
  at
  for
  in
  of
  said
  says
  who
  with
`);

/** "his statement", "their report": a pronoun as the owner of what was published. */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = setOf(`
  her
  his
  its
  their
`);

/** Abbreviated honorifics and titles that make a name a person's ("Sen. Sanders"). */
export const ABBREVIATED_HONORIFICS: ReadonlySet<string> = setOf(`
  dr
  gov
  miss
  mr
  mrs
  ms
  prof
  rep
  sen
`);

/** Honorifics that give a man's name. */
export const MALE_HONORIFICS: ReadonlySet<string> = setOf(`
  mr
  sir
`);

/** Honorifics that give a woman's name. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = setOf(`
  miss
  mrs
  ms
`);

/** Openers of an indefinite description introduced before its name ("a provincial court judge"). */
export const INDEFINITE_ONE: ReadonlySet<string> = setOf(`
  a
  an
  one
`);

/** Joiners left out of an organisation's initials ("Bank of Canada" → "bc"). */
export const NAME_JOINERS: ReadonlySet<string> = setOf(`
  and
  de
  du
  for
  la
  le
  of
  the
`);

/** Words that tell one of several apart in a description ("the second official", "the other source"); "first"
 * is left out for "the first lady". */
export const COUNTING_WORDS: ReadonlySet<string> = setOf(`
  fifth
  fourth
  other
  second
  third
`);

/** Cue forms that name the speaker right after a quote ("…,” said Eleanore Catenaro"). */
export const SPEAKER_NAMING_CUES: ReadonlySet<string> = setOf(`
  added
  said
  says
  wrote
`);

/** Nouns for two people as one ("the couple", "the pair"): the two the article last named together. */
export const PAIR_NOUNS: ReadonlySet<string> = setOf(`
  couple
  duo
  pair
`);

/** Words that stand for two people just named, as a speaker ("Both said"). */
export const PAIR_PRONOUNS: ReadonlySet<string> = setOf(`
  both
`);

/** Adverbs that may open an apposition before a description still true ("Anita Dunn, now a partner at …,");
 * not "then" or "once", whose description is no longer the person's role. */
export const DESCRIPTION_TIME_ADVERBS: ReadonlySet<string> = setOf(`
  currently
  now
`);

/** Hedges that may open an apposition before its article ("perhaps the most famous graduate of …"). */
export const DESCRIPTION_HEDGES: ReadonlySet<string> = setOf(`
  arguably
  perhaps
  possibly
  probably
`);

/** Words that tell two people of one surname apart ("the elder Arsenault", "the younger Bush"): no role. */
export const KIN_ORDER_WORDS: ReadonlySet<string> = setOf(`
  elder
  eldest
  older
  younger
  youngest
`);

/** Words after someone unnamed that say they will stay so ("A US official, who asked not to be named,"). */
export const ANONYMITY_PHRASES: readonly string[] = wordList(`
  condition of anonymity
  not be identified
  not be named
  not to be identified
  not to be named
`);

/** People who put the questions an exchange's answers follow ("one questioner claimed …, “You're right, …”"). */
export const ASKER_NOUNS: ReadonlySet<string> = setOf(`
  caller
  interviewer
  moderator
  questioner
  reporter
`);
