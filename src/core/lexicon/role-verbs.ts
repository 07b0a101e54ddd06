// Verbs of a relative clause that give someone's role ("Jennifer Homendy, who chairs the National
// Transportation Safety Board, said"), with the role noun each makes ("chair of the …"), and the verbs that link
// someone to a role ("who served as …").
import { setOf } from './word-list';

export const ROLE_VERB_NOUNS: Readonly<Record<string, string>> = {
  chaired: 'former chair',
  chairs: 'chair',
  'co-founded': 'co-founder',
  'co-owns': 'co-owner',
  coached: 'former coach',
  coaches: 'coach',
  directed: 'former director',
  directs: 'director',
  edited: 'former editor',
  edits: 'editor',
  exports: 'exporter',
  farms: 'farmer',
  founded: 'founder',
  grows: 'grower',
  headed: 'former head',
  heads: 'head',
  imports: 'importer',
  leads: 'leader',
  led: 'former leader',
  managed: 'former manager',
  manages: 'manager',
  oversaw: 'former head',
  oversees: 'head',
  owns: 'owner',
  represents: 'representative',
  runs: 'head',
};

/** "who has run Ethio Telecom since 2018", "who has led the union": a role held to this day, the noun of each
 * participle after "has". */
export const ROLE_PERFECT_NOUNS: Readonly<Record<string, string>> = {
  chaired: 'chair',
  coached: 'coach',
  directed: 'director',
  edited: 'editor',
  headed: 'head',
  led: 'leader',
  managed: 'manager',
  overseen: 'head',
  owned: 'owner',
  represented: 'representative',
  run: 'head',
};

/** "who served as the mayor's chief of staff", "who was then the lead negotiator": verbs whose complement is
 * the role, and whether it is a past one. */
export const ROLE_LINK_VERBS: Readonly<Record<string, 'now' | 'past'>> = {
  is: 'now',
  served: 'past',
  serves: 'now',
  was: 'past',
  worked: 'past',
  works: 'now',
};

/** Linking verbs that give a role only with their "as" ("who works as a driver", not "who works at …"). */
export const ROLE_AS_VERBS: ReadonlySet<string> = setOf(`
  worked
  works
`);

/** "…, who teaches election law at the state university,": verbs whose clause, with where it is done, is the
 * role as written ("teaches election law at the state university"); no noun fits them all. */
export const ROLE_CLAUSE_VERBS: ReadonlySet<string> = setOf(`
  covers
  lectures
  researches
  studies
  teaches
`);

/** What one leads for a while, not an office one leaves ("who led the investigation", "who headed the
 * delegation"): the past verb's role is no former one. */
export const ROLE_TASK_NOUNS: ReadonlySet<string> = setOf(`
  campaign
  delegation
  effort
  inquiry
  investigation
  negotiations
  opposition
  probe
  prosecution
  review
  search
  talks
`);
