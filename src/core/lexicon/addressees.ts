// Who is told, not what is said: the addressee of "told", split from adjunct-words.ts.
import { OBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

/** Who is told, not what is said ("told reporters that …", "told supporters …", "told the court …"). */
export const ADDRESSEES: ReadonlySet<string> = setOf(
  OBJECT_PRONOUNS,
  `
    analysts
    audience
    authorities
    clients
    colleagues
    committee
    congress
    court
    crowd
    customers
    delegates
    detectives
    donors
    employees
    followers
    hearing
    her
    investigators
    investors
    journalists
    jurors
    jury
    lawmakers
    listeners
    members
    officers
    officials
    panel
    parents
    parliament
    people
    police
    radio
    reporters
    residents
    senators
    shareholders
    staff
    students
    supporters
    television
    tribunal
    viewers
    voters
    workers
    you
  `,
);

/** A programme told something, after its quoted name ("told NBC's “Today” show"). */
export const PROGRAMME_NOUNS: ReadonlySet<string> = setOf(`
  podcast
  program
  programme
  show
`);
