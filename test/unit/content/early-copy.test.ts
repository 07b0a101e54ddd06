// @vitest-environment jsdom
// A copy of the page goes to the background; once a parse answers (its analysis following it), the
// analysis is asked for at once, so that it comes while the page reads its own text.
import { describe, expect, it, vi } from 'vitest';
import { sendCopy, type CopyTransport } from '../../../src/content/early-copy';

const ARTICLE = { text: 'The plan is dead, she said.', hints: {} };
const ANALYZED = { ...ARTICLE, analysis: { statements: [], article: {} }, workMs: 2 };
const parse = (extra: object) => ({ pairedCount: 1, kept: [], metadata: null, workMs: 1, ...extra });

function transport(reply: unknown, ahead: unknown = ANALYZED) {
  return {
    send: vi.fn(async () => reply),
    askAhead: vi.fn(async () => ahead),
  } satisfies CopyTransport;
}

document.body.innerHTML = '<p>The plan is dead, she said.</p>';

describe('sendCopy', () => {
  it("asks for a parsed copy's analysis once the parse has answered", async () => {
    const to = transport(parse({ article: ARTICLE }));
    const sent = sendCopy(document, to)!;
    expect(to.send).toHaveBeenCalledOnce();
    expect(to.askAhead).not.toHaveBeenCalled();
    await expect(sent.ahead).resolves.toEqual(ANALYZED);
    expect(to.askAhead).toHaveBeenCalledOnce();
  });

  const none: [string, unknown, unknown][] = [
    ['the parse found no article', parse({}), ANALYZED],
    ['the analysis came in the answer', parse({ article: ARTICLE, analyzed: ANALYZED }), ANALYZED],
    ['the parse failed', undefined, ANALYZED],
  ];
  it.each(none)('asks for nothing when %s', async (_, reply, ahead) => {
    const to = transport(reply, ahead);
    await expect(sendCopy(document, to)!.ahead).resolves.toBeNull();
    expect(to.askAhead).not.toHaveBeenCalled();
  });

  it('takes no analysis the background does not have, or one of another shape', async () => {
    for (const ahead of [null, { text: 'x' }]) {
      const sent = sendCopy(document, transport(parse({ article: ARTICLE }), ahead))!;
      await expect(sent.ahead).resolves.toBeNull();
    }
  });
});
