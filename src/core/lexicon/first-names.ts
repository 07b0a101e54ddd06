// Given names with gender, for telling persons from other capitalised words and for resolving "he"/"she":
// the hand-written lists (US, European, Arabic, Asian names in news, some that are also common words), the
// broad generated one (given-names.ts, from the Moby lists of mostly English names) and the names it lacks:
// world ones (Ukrainian, Russian, Polish, Balkan, Nordic, German, Irish, Welsh, Romance, Arabic, Turkish,
// Persian, Hebrew, South Asian, Japanese, African) and recent North American ones ("Jalen", "Aaliyah").
// Without those, "Natalia Kovacs" was no person at all and a later "she" went unresolved. These lists leave
// out names that are also places or words the corpora write in lower case, and one-syllable Chinese names,
// as often surnames.
import { EITHER_GENDER_NAMES_BY_HAND } from './either-gender-first-names';
import { FEMALE_NAMES } from './female-first-names';
import { EITHER_GENDER_NAMES, MORE_FEMALE_NAMES, MORE_MALE_NAMES } from './given-names';
import { MALE_NAMES_A_J } from './male-first-names-a-j';
import { MALE_NAMES_K_Z } from './male-first-names-k-z';
import { WORLD_FEMALE_NAMES_A_L } from './world-female-first-names-a-l';
import { WORLD_FEMALE_NAMES_M_Z } from './world-female-first-names-m-z';
import { US_FEMALE_NAMES } from './us-female-first-names';
import { US_MALE_NAMES } from './us-male-first-names';
import { WORLD_MALE_NAMES } from './world-male-first-names';
import { MORE_WORLD_FEMALE_NAMES, MORE_WORLD_MALE_NAMES } from './more-world-first-names';
import { mapOf, setOf } from './word-list';

export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f' | 'either'> = mapOf(
  {
    m: [
      ...MALE_NAMES_A_J,
      ...MALE_NAMES_K_Z,
      ...WORLD_MALE_NAMES,
      ...MORE_WORLD_MALE_NAMES,
      ...US_MALE_NAMES,
      ...MORE_MALE_NAMES,
    ],
    f: [
      ...FEMALE_NAMES,
      ...WORLD_FEMALE_NAMES_A_L,
      ...WORLD_FEMALE_NAMES_M_Z,
      ...MORE_WORLD_FEMALE_NAMES,
      ...US_FEMALE_NAMES,
      ...MORE_FEMALE_NAMES,
    ],
    either: [...EITHER_GENDER_NAMES_BY_HAND, ...EITHER_GENDER_NAMES],
  },
  { accentBlind: true },
);

/** Particles that join a given name to the father's ("Sultan bin Salim Al Habsi", "Hind bint Hamad", "Nurul
 * Izzah binti Anwar", "Dafydd ap Gwilym"): the word before one is a given name. */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = setOf(`
  ap
  bin
  bint
  binti
  ibn
`);

/** Lowercase words inside names ("Charles de Gaulle", "Vincent van Gogh", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = setOf(
  PATRONYMIC_PARTICLES,
  `
    al
    da
    das
    de
    del
    dela
    della
    delos
    den
    der
    des
    di
    dos
    du
    el
    la
    le
    ten
    ter
    van
    von
  `,
);
