import { describe, expect, it } from 'vitest';
import { analyzeForPage, withAnalysis } from '../../../src/background/analyze-for-page';
import { analyze } from '../../../src/core/index';
import { COPY_ANALYSIS_MAX_CHARS } from '../../../src/shared/page-copy';

const TEXT = 'The plan is dead, Jens Stoltenberg said on Monday. "We will not return," he added.';

describe('analyzeForPage', () => {
  it('answers what the core says about the same text and hints', async () => {
    const hints = { title: 'NATO' };
    const reply = await analyzeForPage({ text: TEXT, hints });
    expect(reply.analysis).toEqual(analyze(TEXT, hints));
    expect(reply.workMs).toBeGreaterThanOrEqual(0);
  });

  it('survives the trip through JSON, as Chrome sends it', async () => {
    const reply = await analyzeForPage({ text: TEXT, hints: {} });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  const malformed: [string, unknown][] = [
    ['no text', { hints: {} }],
    ['text not a string', { text: 3, hints: {} }],
    ['no hints', { text: TEXT }],
    ['null hints', { text: TEXT, hints: null }],
  ];
  it.each(malformed)('rejects a request with %s', async (_, request) => {
    await expect(analyzeForPage(request as never)).rejects.toThrow(TypeError);
  });
});

describe('withAnalysis', () => {
  const parse = { pairedCount: 2, kept: [], metadata: null, workMs: 1 };

  it("adds the core's analysis of the copy's article text and hints", () => {
    const hints = { title: 'NATO' };
    const reply = withAnalysis({ ...parse, article: { text: TEXT, hints } });
    expect(reply.analyzed?.analysis).toEqual(analyze(TEXT, hints));
    expect(reply.article?.text).toBe(TEXT);
  });

  it('leaves a parse without an article, or with one the page reads in sections, as it was', () => {
    expect(withAnalysis(parse)).toEqual(parse);
    const huge = { ...parse, article: { text: 'a '.repeat(COPY_ANALYSIS_MAX_CHARS), hints: {} } };
    expect(withAnalysis(huge).analyzed).toBeUndefined();
  });
});
