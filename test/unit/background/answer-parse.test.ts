// A page's copy is answered the same way wherever it is parsed: an early one only where the settings let
// the pass run by itself (parsed while that is checked, unless the last check said no), a marked one with
// its analysis in the answer, a parsed one with its analysis made after the answer for the page to ask
// for; Chrome's worker, handing a copy on to its offscreen document (which analyses it there), analyses
// nothing itself but still lets the request wait for it.
import { describe, expect, it, vi } from 'vitest';
import { aheadAfterParse } from '../../../src/background/analysis-ahead';
import { answerParse } from '../../../src/background/answer-parse';

const TEXT = 'The plan is dead, Jens Stoltenberg said on Monday.';
const PARSE = {
  pairedCount: 1,
  kept: [],
  metadata: null,
  workMs: 1,
  article: { text: TEXT, hints: {} },
};
const parse = () => vi.fn(async () => PARSE);

describe('answerParse', () => {
  it('parses an early copy while its settings check is under way (the last one said yes)', async () => {
    const parser = parse();
    let answer: (yes: boolean) => void = () => undefined;
    const check = new Promise<boolean>((resolve) => (answer = resolve));
    const answered = answerParse({ html: '', early: true }, '0:0', () => check, parser);
    expect(parser).toHaveBeenCalledOnce();
    answer(true);
    await expect(answered).resolves.toMatchObject({ kept: [] });
  });

  it('answers no early copy where the pass does not run by itself, and parses the next only once checked', async () => {
    const parser = parse();
    const answer = answerParse({ html: '', early: true }, '1:0', async () => false, parser);
    await expect(answer).rejects.toThrow(/does not run by itself/);
    await expect(aheadAfterParse('1:0')).resolves.toBeNull();
    parser.mockClear();
    const next = answerParse({ html: '', early: true }, '1:1', async () => false, parser);
    await expect(next).rejects.toThrow(/does not run by itself/);
    expect(parser).not.toHaveBeenCalled();
  });

  it('asks nothing of a copy the page sent once it had read its settings', async () => {
    const allowed = vi.fn(async () => false);
    await expect(answerParse({ html: '' }, '2:0', allowed, parse())).resolves.toMatchObject({ kept: [] });
    expect(allowed).not.toHaveBeenCalled();
  });

  it("brings a marked copy's analysis in the answer", async () => {
    const answer = await answerParse({ html: '', marked: true }, '3:0', async () => true, parse());
    expect(answer.analyzed?.analysis.statements.length).toBeGreaterThan(0);
  });

  it("makes a parsed copy's analysis after the answer, for a request made meanwhile", async () => {
    const answer = answerParse({ html: '' }, '4:0', async () => true, parse());
    const ahead = aheadAfterParse('4:0');
    expect((await answer).analyzed).toBeUndefined();
    await expect(ahead).resolves.toMatchObject({ text: TEXT });
  });

  it('analyses nothing where the parser does (the worker handing a copy on)', async () => {
    const answer = answerParse({ html: '', marked: true }, '5:0', async () => true, parse(), false);
    const ahead = aheadAfterParse('5:0');
    expect((await answer).analyzed).toBeUndefined();
    await expect(ahead).resolves.toBeNull();
  });
});
