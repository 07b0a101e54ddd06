// Nouns that say what someone is in the story or to someone in it, not their trade: "a parent on the budget
// committee", "a refugee from Darfur", "her colleague from the Marshall Islands". Beside a name they are the
// person's role; written for this project.
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

/** What someone is to someone else ("her colleague", "his longtime friend"), read as their role only in a
 * description beside their name. */
export const ASSOCIATE_NOUNS: ReadonlySet<string> = setOf(`
  ally
  classmate
  colleague
  companion
  counterpart
  cousin
  fiance
  fiancee
  fiancé
  fiancée
  friend
  opponent
  rival
  roommate
  spouse
`);
