// Nouns that say what someone is in the story, not their trade: "a parent on the budget committee", "a
// patient at the clinic", "a refugee from Darfur". Beside a name they are the person's role; written for this
// project.
import { setOf } from './word-list';

/** What someone is in the story, read as their role only in a description beside their name. */
export const CIRCUMSTANCE_NOUNS: ReadonlySet<string> = setOf(`
  alumna
  alumnus
  barista
  cadet
  citizen
  diner
  employee
  fan
  guest
  juror
  migrant
  parent
  patient
  pilgrim
  pupil
  recruit
  refugee
  voter
`);
