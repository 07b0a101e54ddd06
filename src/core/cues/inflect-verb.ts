// Regular English inflection for cue verbs, so the lexicon lists lemmas only.
import { IRREGULAR } from '../lexicon/cue-verbs';
import { itemAt } from '../text/item-at';

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

const CONSONANT_Y = /[^aeiou]y$/;

export function inflect(lemma: string): Record<VerbForm, readonly string[]> {
  const irr = IRREGULAR[lemma];
  if (irr)
    return {
      base: [lemma],
      s: [itemAt(irr, 0)],
      ed: [itemAt(irr, 1), itemAt(irr, 2)],
      ing: [itemAt(irr, 3)],
    };
  const s = /(s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : CONSONANT_Y.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const ed = lemma.endsWith('e')
    ? `${lemma}d`
    : CONSONANT_Y.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${lemma}ed`;
  const ing = lemma.endsWith('ee')
    ? `${lemma}ing`
    : lemma.endsWith('e')
      ? `${lemma.slice(0, -1)}ing`
      : `${lemma}ing`;
  return { base: [lemma], s: [s], ed: [ed], ing: [ing] };
}
