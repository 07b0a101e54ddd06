// Closed classes of function words, written once for every list that holds them. Lowercased.
import { setOf } from './word-list';

/** After them an -ing form is an adjective ("a threatening letter"). */
export const ARTICLES: ReadonlySet<string> = setOf(`
  a
  an
  the
`);

/** Possessives before a noun ("called her vote a mistake"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = setOf(`
  her
  his
  its
  my
  our
  their
  your
`);

/** Possessive determiners that may stand for an organisation ("Its chief science officer, …"): on a card a
 * role reads better without them than with an "its" nobody can place. */
export const IMPERSONAL_POSSESSIVES: ReadonlySet<string> = setOf(`
  its
  their
`);

/** "told he had months to live" is what was said to him. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = setOf(`
  he
  i
  she
  they
  we
`);

export const OBJECT_PRONOUNS: ReadonlySet<string> = setOf(`
  him
  me
  them
  us
`);

export const DEMONSTRATIVES: ReadonlySet<string> = setOf(`
  these
  this
  those
`);

/** Modal auxiliaries: a verb follows ("would say", "may never know"). */
export const MODALS: ReadonlySet<string> = setOf(`
  can
  could
  may
  might
  must
  shall
  should
  will
  would
`);

/** The numbers one to ten as words ("two-thirds", "added three more"). */
export const NUMBER_WORDS: ReadonlySet<string> = setOf(`
  eight
  five
  four
  nine
  one
  seven
  six
  ten
  three
  two
`);

/** "herself", "himself": in a description they stress it ("a Navy veteran herself") and say no role. */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = setOf(`
  herself
  himself
  themselves
`);
