import { describe, expect, it } from 'vitest';
import { NearbyWords } from '../../../../src/core/text/nearby-words';

describe('NearbyWords', () => {
  const words = new NearbyWords();
  words.add('roe', 100_000);
  words.add('smith', 5);
  words.add('roe', 10); // out of order: still found

  it.each([
    ['roe', 10, true],
    ['roe', 40_010, true],
    ['roe', 40_011, false], // 40,001 from 10 and 59,989 from 100,000
    ['roe', 60_000, true],
    ['roe', 140_000, true],
    ['roe', 140_001, false],
    ['smith', 40_005, true],
    ['smith', 40_006, false],
    ['doe', 10, false],
  ])('%s near %i: %s', (word, at, found) => {
    expect(words.has(word, at)).toBe(found);
  });

  it('counts distinct words', () => {
    expect(words.size).toBe(2);
  });
});
