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

/** Kinds of outlet that may stand right before an outlet's name ("told the Italian newspaper Corriere della
 * Sera", "told the state news agency TASS"). */
export const MEDIA_KIND_NOUNS: ReadonlySet<string> = setOf(`
  agency
  broadcaster
  channel
  daily
  magazine
  network
  newspaper
  outlet
  paper
  station
  tabloid
  website
  weekly
`);
