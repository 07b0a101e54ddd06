import { describe, expect, it } from 'vitest';
import { wordsUsed } from '../../../../src/core/text/words-used';

describe('wordsUsed', () => {
  it.each([
    ['Roe said. ROE: yes. Roe again.', 'Roe', 2],
    ['Roe said. ROE: yes. Roe again.', 'ROE', 1],
    ["Roe's plan and Smith-Roe", 'Roe', 0],
    ['roe deer', 'Roe', 0],
    // Where a word starts and ends: runs of letters, apostrophes and hyphens are one word.
    ["'Roe said", 'Roe', 1],
    ["x'Roe said", 'Roe', 0],
    ['--Roe said', 'Roe', 1],
    ['a-Roe said', 'Roe', 0],
    ['Roe’s plan', 'Roe', 0],
    ['Roe’s plan', 'Roe’s', 1],
    ['Roe- said', 'Roe', 0],
    ['Roes said', 'Roe', 0],
    ['𝒜Roe said', 'Roe', 0],
    ['😀Roe said', 'Roe', 1],
    ['Roe😀 said', 'Roe', 1],
    ['1Roe said', 'Roe', 1],
    // Only words are counted: a phrase or a mark never is.
    ['Roe said. Roe said.', 'Roe said', 0],
    ["Roe ' said", "'", 0],
    ['Roe said', '', 0],
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

  // The count must be the same whether a word is searched for where it is written or its block is counted
  // whole (after many words asked about one block): both against a plain scan of the same stretch.
  it('counts as a plain scan of the blocks around the place does, for every word asked', () => {
    const atoms = ['Roe', 'ROE', 'roe', 'a', 'é', '𝒜', '😀', '-', "'", '’', ' ', '\n', '.', 'x1', 'Roe-'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    let text = '';
    while (text.length < 130_000) text += atoms[next(atoms.length)]! + (next(3) ? '' : ' ');
    const found = [...text.matchAll(/\p{L}[\p{L}’'-]*/gu)];
    const words = [...new Set(found.map((m) => m[0]))].slice(0, 40);
    const block = 40_000;
    const scan = (word: string, at: number) => {
      const from = Math.max(0, Math.floor(at / block) - 1) * block;
      const to = (Math.floor(at / block) + 2) * block;
      return found.filter((m) => m[0] === word && m.index >= from && m.index < to).length;
    };
    const count = wordsUsed(text);
    for (const at of [0, 50_000, 129_000, 85_000])
      for (const word of words) expect(count(word, at), `${word} at ${at}`).toBe(scan(word, at));
  });
});
