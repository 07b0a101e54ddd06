import { describe, expect, it } from 'vitest';
import { SECTIONED_TEXT_CHARS } from '../../../src/content/text-sections';
import { COPY_ANALYSIS_MAX_CHARS, isCopyParse } from '../../../src/shared/page-copy';

const PARSE = { pairedCount: 3, kept: [{ paired: 0, weight: 30, data: null }], metadata: null, workMs: 2 };
const ANALYSIS = { statements: [], article: { title: null } };

describe('isCopyParse', () => {
  it('accepts a parse with or without the article text and its analysis', () => {
    expect(isCopyParse(PARSE)).toBe(true);
    const article = { text: 'Text.', hints: {} };
    expect(isCopyParse({ ...PARSE, article, analyzed: { analysis: ANALYSIS, workMs: 4 } })).toBe(true);
  });

  it('refuses a malformed article or analysis (the page then parses and asks on its own)', () => {
    expect(isCopyParse({ ...PARSE, article: { text: 3, hints: {} } })).toBe(false);
    expect(isCopyParse({ ...PARSE, article: { text: 'Text.' } })).toBe(false);
    expect(isCopyParse({ ...PARSE, analyzed: { analysis: { statements: 'none' }, workMs: 1 } })).toBe(false);
    expect(isCopyParse({ ...PARSE, analyzed: { analysis: ANALYSIS } })).toBe(false);
  });
});

it('the background analyses in one go only texts the page does not analyse in sections', () => {
  expect(COPY_ANALYSIS_MAX_CHARS).toBe(SECTIONED_TEXT_CHARS);
});
