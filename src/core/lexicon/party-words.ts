// How news names parties: by a member ("the Virginia Democrat"), by the members in the plural ("the
// Tories said") and by a name opening on a word of their creed ("the Liberal Democrats").
import { setOf } from './word-list';

/** A party's member, written capitalised after a place ("the Virginia Democrat", "an Oklahoma
 * Republican"): a description of a person, never the end of a name. */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = setOf(`
  democrat
  republican
  tory
`);

/** Parties called by their members in the plural, capitalised after "the" ("the Tories said", "the
 * Liberals promised"): the party, an organisation. */
export const PARTY_PLURALS: ReadonlySet<string> = setOf(`
  conservatives
  democrats
  greens
  liberals
  republicans
  tories
`);

/** Words that open a party's name before its members' plural ("the Liberal Democrats", "the Social
 * Democrats"): capitalised there, they are the party, not members who are liberal or social. */
export const PARTY_NAME_OPENERS: ReadonlySet<string> = setOf(`
  christian
  free
  liberal
  social
`);

/** Words naming a party as written before a role ("a Labour MP", "a Democratic senator", "the Conservative
 * MP"): two different ones tell two people apart. */
export const PARTY_ADJECTIVES: ReadonlySet<string> = setOf(`
  conservative
  democrat
  democratic
  gop
  green
  labor
  labour
  liberal
  libertarian
  ndp
  republican
  tory
`);
