// A parsed copy's analysis is made after the parse's answer, and a page asking for the analysis of the
// very same text and hints gets that one; any other request is analysed anew.
import { describe, expect, it, vi } from 'vitest';
import {
  aheadAfterParse,
  analyzeAhead,
  noteParse,
  takeAhead,
  takeAnyAhead,
} from '../../../src/background/analysis-ahead';
import { analyzeForPage, thenAnalysis } from '../../../src/background/analyze-for-page';
import { analyze } from '../../../src/core/index';

const TEXT = 'The plan is dead, Jens Stoltenberg said on Monday. "We will not return," he added.';
const reply = (workMs: number) => ({ analysis: analyze(TEXT, {}), workMs });

describe('analysis made ahead', () => {
  it('runs after the current task, not within it', async () => {
    const core = vi.fn(() => reply(1));
    analyzeAhead('1:0', { text: TEXT, hints: {} }, core);
    expect(core).not.toHaveBeenCalled();
    await expect(takeAhead('1:0', TEXT, {})).resolves.toEqual(reply(1));
    expect(core).toHaveBeenCalledOnce();
  });

  const cases: [string, string, string, object, boolean][] = [
    ['the same frame, text and hints', '2:0', TEXT, { title: 'NATO' }, true],
    ['another frame', '2:1', TEXT, { title: 'NATO' }, false],
    ['another text', '2:0', `${TEXT} More.`, { title: 'NATO' }, false],
    ['other hints', '2:0', TEXT, { title: 'EU' }, false],
    ['an absent hint for a null one', '2:0', TEXT, { title: 'NATO', byline: undefined }, true],
  ];
  it.each(cases)('is taken for %s: %s', (_, frame, text, hints, taken) => {
    analyzeAhead('2:0', { text: TEXT, hints: { title: 'NATO', byline: null } as never }, () => reply(2));
    expect(takeAhead(frame, text, hints) !== null).toBe(taken);
  });

  it('is taken once', () => {
    analyzeAhead('3:0', { text: TEXT, hints: {} }, () => reply(3));
    expect(takeAhead('3:0', TEXT, {})).not.toBeNull();
    expect(takeAhead('3:0', TEXT, {})).toBeNull();
  });

  it("answers the frame's analyze request from a parse's copy, and anew without one", async () => {
    const parse = { pairedCount: 0, kept: [], metadata: null, workMs: 1, article: { text: TEXT, hints: {} } };
    expect(thenAnalysis(parse, '4:0')).toEqual(parse);
    const made = takeAhead('4:0', TEXT, {});
    analyzeAhead('4:0', { text: TEXT, hints: {} }, () => reply(-1));
    const fromAhead = await analyzeForPage({ text: TEXT, hints: {} }, '4:0');
    expect(fromAhead.workMs).toBe(-1);
    const anew = await analyzeForPage({ text: TEXT, hints: {} }, '4:0');
    expect(anew.workMs).toBeGreaterThanOrEqual(0);
    expect(anew.analysis).toEqual(analyze(TEXT, {}));
    expect(await made).toMatchObject({ analysis: analyze(TEXT, {}) });
  });

  it('is handed to the frame that asks as its parse answers, with the text and hints it read, once', async () => {
    const hints = { title: 'NATO' };
    analyzeAhead('5:0', { text: TEXT, hints }, () => reply(5));
    expect(takeAnyAhead('5:1')).toBeNull();
    await expect(takeAnyAhead('5:0')).resolves.toEqual({ text: TEXT, hints, ...reply(5) });
    expect(takeAnyAhead('5:0')).toBeNull();
    expect(takeAhead('5:0', TEXT, hints)).toBeNull();
  });

  it("answers a request sent with the copy once the frame's parse has answered and its analysis is made", async () => {
    const parse = { pairedCount: 0, kept: [], metadata: null, workMs: 1, article: { text: TEXT, hints: {} } };
    let parsed: (value: typeof parse) => void = () => undefined;
    const answered = new Promise<typeof parse>((resolve) => (parsed = resolve)).then((p) =>
      thenAnalysis(p, '6:0'),
    );
    noteParse('6:0', answered);
    // Asked before the parse has answered: nothing is made yet, the request waits for it.
    const asked = aheadAfterParse('6:0');
    parsed(parse);
    await expect(asked).resolves.toMatchObject({ text: TEXT, hints: {}, analysis: analyze(TEXT, {}) });
    // Taken once; another frame, or a parse that failed, gets none.
    await expect(aheadAfterParse('6:0')).resolves.toBeNull();
    noteParse('6:1', Promise.reject(new Error('no DOM')));
    await expect(aheadAfterParse('6:1')).resolves.toBeNull();
  });
});
