import { describe, expect, it } from 'vitest';
import { analyzeForPage } from '../../../src/background/analyze-for-page';
import { analyze } from '../../../src/core/index';

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
