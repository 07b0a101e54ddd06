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
  founded: 'founder',
  headed: 'former head',
  heads: 'head',
  leads: 'leader',
  led: 'former leader',
  managed: 'former manager',
  manages: 'manager',
  owns: 'owner',
  runs: 'head',
};

/** "who served as the mayor's chief of staff", "who was then the lead negotiator": verbs whose complement is
 * the role, and whether it is a past one. */
export const ROLE_LINK_VERBS: Readonly<Record<string, 'now' | 'past'>> = {
  is: 'now',
  served: 'past',
  serves: 'now',
  was: 'past',
};

/** "…, who teaches election law at the state university,": verbs whose clause, with where it is done, is the
 * role as written ("teaches election law at the state university"); no noun fits them all. */
export const ROLE_CLAUSE_VERBS: ReadonlySet<string> = setOf(`
  lectures
  researches
  studies
  teaches
`);
