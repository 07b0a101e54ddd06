// @vitest-environment jsdom
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../src/page/extract-article';
import { locatePrepared } from '../../../src/page/locate-article';
import { DISPLAY_CLEANUP } from '../../../src/page/parse-prepared';
import { prepareClone } from '../../../src/page/prepare-clone';

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p id="p${i}">Paragraph ${i} says what the officials said, <a href="/rel/${i}">with a link</a>, ` +
      `and goes on for a while so that Readability takes it for prose worth keeping.</p>`,
  ).join('');

// No <article>: the marked-article fast path does not apply, Readability does the work.
const PAGE = `<html><head><title>T</title><style>p{color:red}</style><script>var x=1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="wrap"><div class="story">${prose(8)}</div><button>Share</button><img src="x.png">
<div hidden>Hidden note</div><div class="empty"><span> </span><i></i></div>
<table><tr><td></td><td>Cell</td></tr></table></div>
<footer>Footer text</footer></body></html>`;

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

afterEach(() => vi.restoreAllMocks());

describe('prepareClone', () => {
  it('copies the page without scripts, styles, navigation, media, controls, hidden or empty parts; the page stays as it was', () => {
    const doc = page(PAGE);
    const before = doc.documentElement.outerHTML;
    const prepared = prepareClone(doc)!;
    expect(prepared.clone).not.toBe(doc);
    expect(prepared.clone.querySelectorAll('script, style, nav, footer, button, img, [hidden]')).toHaveLength(
      0,
    );
    expect(prepared.clone.querySelectorAll('p')).toHaveLength(8);
    expect(prepared.clone.querySelector('.empty')).toBeNull();
    expect(prepared.clone.querySelectorAll('td')).toHaveLength(2);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['holds nearly all the prose: only it and the head are copied', '<p>More text.</p>', 1, 'main > section'],
    ['leaves much prose outside: the whole page is copied', prose(4), 2, 'body'],
  ])('a page whose one <main> %s', (_, outside, sections, root) => {
    const doc = page(
      `<html><head><title>T</title><meta name="author" content="A. Writer"></head><body>` +
        `<section>${outside}</section><main><section>${prose(8)}</section></main></body></html>`,
    );
    const { clone } = prepareClone(doc)!;
    expect(clone.querySelectorAll('section')).toHaveLength(sections);
    expect(clone.querySelector('meta[name="author"]')).not.toBeNull();
    expect(locatePrepared(prepareClone(doc)!)?.root).toBe(doc.querySelector(root));
  });

  it('pairs each copied paragraph with the live one', () => {
    const doc = page(PAGE);
    const prepared = prepareClone(doc)!;
    for (const copy of Array.from(prepared.clone.querySelectorAll('p'))) {
      const live = prepared.pairs.get(copy);
      expect(live?.ownerDocument).toBe(doc);
      expect(live?.id).toBe(copy.id);
    }
  });
});

describe('locatePrepared', () => {
  it('finds the live container holding the prose', () => {
    const doc = page(PAGE);
    const located = locatePrepared(prepareClone(doc)!);
    expect(located?.root).toBe(doc.querySelector('.story'));
  });

  // Skipped on purpose (it rewrites only what a reader displays); if a Readability update renames the
  // step, skipping it would silently stop working, so the name is checked against the library.
  it("skips Readability's display cleanup, which exists under that name and runs in a plain parse", () => {
    const proto = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof proto[DISPLAY_CLEANUP]).toBe('function');
    const cleanup = vi.spyOn(proto as Record<string, () => void>, DISPLAY_CLEANUP);
    new Readability(page(PAGE)).parse();
    expect(cleanup).toHaveBeenCalledTimes(1);
    cleanup.mockClear();
    expect(extractArticle(page(PAGE))?.text).toContain('Paragraph 7 says');
    expect(cleanup).not.toHaveBeenCalled();
  });
});
