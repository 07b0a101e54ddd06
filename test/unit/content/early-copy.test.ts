// @vitest-environment jsdom
// A copy of the page goes to the background, and the analysis that follows its parse is asked for with
// it (not once the answer has come: no second round trip), so that it comes while the page reads its own
// text. A copy that could not pay (a huge article) is neither serialised nor searched for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_MARKED_TEXT_CHARS,
  sendCopy,
  startEarlyCopy,
  takeEarlyCopy,
  type CopyTransport,
} from '../../../src/content/early-copy';
import { findMarkedArticle } from '../../../src/page/marked-article';
import type * as MarkedArticle from '../../../src/page/marked-article';
import { SECTIONED_TEXT_CHARS } from '../../../src/content/text-sections';

vi.mock('../../../src/page/marked-article', async (actual) => {
  const real = await actual<typeof MarkedArticle>();
  return { ...real, findMarkedArticle: vi.fn(real.findMarkedArticle) };
});

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
  it("asks for a parsed copy's analysis along with the copy, before the parse has answered", async () => {
    let answer: (reply: unknown) => void = () => undefined;
    const to = {
      send: vi.fn(() => new Promise<unknown>((resolve) => (answer = resolve))),
      askAhead: vi.fn(async () => ANALYZED),
    } satisfies CopyTransport;
    const sent = sendCopy(document, to)!;
    expect(to.send).toHaveBeenCalledOnce();
    expect(to.askAhead).toHaveBeenCalledOnce();
    expect(to.send.mock.invocationCallOrder[0]).toBeLessThan(to.askAhead.mock.invocationCallOrder[0]!);
    answer(parse({ article: ARTICLE }));
    await expect(sent.ahead).resolves.toEqual(ANALYZED);
    expect(to.askAhead).toHaveBeenCalledOnce();
  });

  const none: [string, unknown, unknown][] = [
    ['the parse found no article', parse({}), ANALYZED],
    ['the analysis came in the answer', parse({ article: ARTICLE, analyzed: ANALYZED }), ANALYZED],
    ['the parse failed', undefined, ANALYZED],
  ];
  it.each(none)('takes no analysis ahead when %s', async (_, reply, ahead) => {
    await expect(sendCopy(document, transport(reply, ahead))!.ahead).resolves.toBeNull();
  });

  it("asks for no analysis ahead with a marked article's copy: its answer brings the analysis", async () => {
    const to = transport(parse({ article: ARTICLE, analyzed: ANALYZED }));
    const marked = document.createElement('article');
    marked.textContent = ARTICLE.text;
    await expect(sendCopy(document, to, marked)!.ahead).resolves.toBeNull();
    expect(to.askAhead).not.toHaveBeenCalled();
  });

  it('takes no analysis the background does not have, or one of another shape', async () => {
    for (const ahead of [null, { text: 'x' }]) {
      const sent = sendCopy(document, transport(parse({ article: ARTICLE }), ahead))!;
      await expect(sent.ahead).resolves.toBeNull();
    }
  });
});

describe('sendCopy on a huge article', () => {
  const article = (chars: number) => {
    const element = document.createElement('article');
    element.textContent = 'x'.repeat(chars);
    return element;
  };

  it('sends no copy of a marked article whose analysis the pass would not take', () => {
    const to = transport(parse({ article: ARTICLE }));
    // Well below the copy's HTML bound, but far past a text the pass analyses whole.
    const marked = article(MAX_MARKED_TEXT_CHARS + 1);
    expect(MAX_MARKED_TEXT_CHARS).toBeGreaterThanOrEqual(SECTIONED_TEXT_CHARS);
    expect(sendCopy(document, to, marked)).toBeNull();
    expect(to.send).not.toHaveBeenCalled();
  });

  it('sends the copy of a marked article of ordinary length', () => {
    const to = transport(parse({ article: ARTICLE }));
    const marked = article(50_000);
    const sent = sendCopy(document, to, marked)!;
    expect(sent.marked).toBe(true);
    expect(sent.copy.html.length).toBeGreaterThan(50_000);
    expect(to.send).toHaveBeenCalledOnce();
  });
});

describe('startEarlyCopy', () => {
  const ordinary = document.body.innerHTML;
  afterEach(() => {
    document.body.innerHTML = ordinary;
    vi.mocked(findMarkedArticle).mockClear();
  });

  it('copies nothing of a page whose body holds more text than any copy may, nor looks for its article', () => {
    document.body.innerHTML = `<article><p>${'x'.repeat(4_000_001)}</p></article>`;
    const to = transport(parse({ article: ARTICLE }));
    startEarlyCopy(document, to);
    expect(findMarkedArticle).not.toHaveBeenCalled();
    expect(to.send).not.toHaveBeenCalled();
    expect(takeEarlyCopy()).toBeNull();
  });

  it('sends the copy of an ordinary page, and keeps it for the pass', () => {
    const to = transport(parse({ article: ARTICLE }));
    startEarlyCopy(document, to);
    expect(findMarkedArticle).toHaveBeenCalledOnce();
    expect(to.send).toHaveBeenCalledOnce();
    expect(takeEarlyCopy()?.copy.html).toContain('The plan is dead');
  });
});
