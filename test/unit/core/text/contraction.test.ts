import { describe, expect, it } from 'vitest';
import { withoutContraction } from '../../../../src/core/text/contraction';

describe('withoutContraction', () => {
  it.each([
    ["I'd", 'I'],
    ['I’m', 'I'],
    ["She'll", 'She'],
    ['they’ve', 'they'],
    ["we're", 'we'],
    ["he's", 'he'],
    ['Trump’s', 'Trump'],
    ["O'Neill", "O'Neill"],
    ["D'Arcy", "D'Arcy"],
    ['Ed', 'Ed'],
    ['d', 'd'],
    ['', ''],
  ])('%s → %s', (word, stripped) => {
    expect(withoutContraction(word)).toBe(stripped);
  });
});
