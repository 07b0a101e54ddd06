// A page's copy is answered the same way wherever it is parsed: an early one only where the settings let
// the pass run by itself, a marked one with its analysis in the answer, a parsed one with its analysis
// made after the answer for the page to ask for; Chrome's worker, handing a copy on to its offscreen
// document (which analyses it there), analyses nothing itself but still lets the request wait for it.
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
  it('parses no early copy where the pass does not run by itself', async () => {
    const parser = parse();
    const answer = answerParse({ html: '', early: true }, '1:0', async () => false, parser);
    await expect(answer).rejects.toThrow(/does not run by itself/);
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
