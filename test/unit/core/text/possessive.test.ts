import { describe, expect, it } from 'vitest';
import { isPossessive, withoutPossessive } from '../../../../src/core/text/possessive';

describe('possessive', () => {
  it.each([
    ["Trump's", true, 'Trump'],
    ['Trump’s', true, 'Trump'],
    ["he's", true, 'he'],
    ["'s", true, ''],
    ['boss', false, 'boss'],
    ['s', false, 's'],
    ['', false, ''],
    ["Trump'S", false, "Trump'S"],
    ["Trump's.", false, "Trump's."],
    ['Trump‘s', false, 'Trump‘s'],
  ])('%s', (word, possessive, stripped) => {
    expect(isPossessive(word)).toBe(possessive);
    expect(withoutPossessive(word)).toBe(stripped);
  });
});
