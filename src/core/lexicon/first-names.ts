// Common given names with gender, for telling persons from other capitalised words and for resolving
// "he"/"she". Written for this project; deliberately broad (US, European, Arabic, Asian names in news).
import { FEMALE_NAMES } from './female-first-names';
import { MALE_NAMES_A_J } from './male-first-names-a-j';
import { MALE_NAMES_K_Z } from './male-first-names-k-z';
import { mapOf, setOf } from './word-list';

export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f'> = mapOf({
  m: [...MALE_NAMES_A_J, ...MALE_NAMES_K_Z],
  f: FEMALE_NAMES,
});

/** Lowercase words inside names ("Charles de Gaulle", "Vincent van Gogh", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = setOf(`
  al
  bin
  da
  das
  de
  del
  della
  den
  der
  di
  dos
  du
  ibn
  la
  le
  ten
  ter
  van
  von
`);
