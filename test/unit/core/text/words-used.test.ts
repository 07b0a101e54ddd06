import { describe, expect, it } from 'vitest';
import { wordsUsed } from '../../../../src/core/text/words-used';

describe('wordsUsed', () => {
  it.each([
    ['Roe said. ROE: yes. Roe again.', 'Roe', 2],
    ['Roe said. ROE: yes. Roe again.', 'ROE', 1],
    ["Roe's plan and Smith-Roe", 'Roe', 0],
    ['roe deer', 'Roe', 0],
  ])('counts words as written: %s / %s', (text, word, n) => {
    expect(wordsUsed(text)(word, 0)).toBe(n);
  });

  // A long text (an archive of articles in one file) is counted around the place asked about.
  const filler = (n: number) => 'lorem ipsum dolor '.repeat(Math.ceil(n / 18)).slice(0, n);
  const far = `Roe spoke. ${filler(200_000)} Nobody here.`;

  it('counts only the stretch of text around the place asked about', () => {
    const count = wordsUsed(far);
    expect(count('Roe', 0)).toBe(1);
    expect(count('Roe', far.length - 5)).toBe(0);
    expect(count('Nobody', far.length - 5)).toBe(1);
  });

  it('counts a word that crosses a block boundary once, whole', () => {
    for (let shift = 0; shift < 12; shift++) {
      const text = `${'x '.repeat(20_000 - shift)}Stoltenberg ${filler(50_000)}`;
      const count = wordsUsed(text);
      expect(count('Stoltenberg', 45_000)).toBe(1);
      expect(count('tenberg', 45_000)).toBe(0);
    }
  });
});
