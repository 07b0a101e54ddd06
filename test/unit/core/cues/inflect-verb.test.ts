// Table tests for inflect: the -s, -ed and -ing forms of a cue verb's lemma.
import { describe, expect, it } from 'vitest';
import { inflect } from '../../../../src/core/cues/inflect-verb';

describe('inflect', () => {
  it.each([
    ['say', 'says', 'said', 'saying'],
    ['argue', 'argues', 'argued', 'arguing'],
    ['deny', 'denies', 'denied', 'denying'],
    ['stress', 'stresses', 'stressed', 'stressing'],
  ])('%s', (lemma, s, ed, ing) => {
    const f = inflect(lemma);
    expect([f.s[0], f.ed[0], f.ing[0]]).toEqual([s, ed, ing]);
  });
});
