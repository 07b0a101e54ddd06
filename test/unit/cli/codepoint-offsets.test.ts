import { describe, expect, it } from 'vitest';
import { codepointOffsets } from '../../../src/cli/codepoint-offsets';

// Rows: text, a UTF-16 index, the code point index Python's len(text[:i]) would give.
describe('codepointOffsets', () => {
  it.each([
    ['plain ASCII', 'abc', 3, 3],
    ['accents are one unit', 'café!', 5, 5],
    ['before an emoji', 'a😀b', 1, 1],
    ['after an emoji', 'a😀b', 3, 2],
    ['end, two emoji', '😀😀', 4, 2],
    ['CJK extension B', '𠀀x𠀀y', 6, 4],
    ['lone high surrogate counts as one', 'a\ud800b', 2, 2],
    ['lone low surrogate counts as one', 'a\udc00b', 2, 2],
    ['start', '😀', 0, 0],
  ])('%s', (_name, text, utf16, codepoint) => {
    expect(codepointOffsets(text)(utf16)).toBe(codepoint);
    // The same count Array.from (code points) gives for the prefix.
    expect(Array.from(text.slice(0, utf16)).length).toBe(codepoint);
  });
});
