// @vitest-environment jsdom
// A live Range per statement and per mention (64,522 on the 5 MB article) is what every garbage
// collection of the page went over: statements are anchored as spots, and a live Range is made only for
// what is registered near the view, or opened, and let go when it leaves the view.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorStatements } from '../../../src/content/anchor-statements';
import { paintStatements } from '../../../src/content/paint-statements';
import { syncClock } from './sync-clock';
import type { Statement } from '../../../src/core/types';
import { createHighlighter } from '../../../src/page/highlighter';
import { WINDOW_RANGES } from '../../../src/page/paint-window';
import { buildTextMap } from '../../../src/page/text-map';
import { AFTER_FRAME_MS, useFakeLayout } from '../page/fake-layout';
import { useFakeHighlights } from '../page/fake-highlights';

const highlights = useFakeHighlights();
const clock = syncClock();

const layout = useFakeLayout();
afterEach(() => vi.restoreAllMocks());

/** `count` paragraphs 100 px tall, each a quote and its speaker: two ranges a paragraph. */
function article(count: number) {
  const quotes = Array.from({ length: count }, (_, i) => `<p>“Quote ${i},” said Ana Ruiz.</p>`);
  document.body.innerHTML = `<article>${quotes.join('')}</article>`;
  layout.stack([...document.querySelectorAll('p')], 100);
  const map = buildTextMap(document.querySelector('article')!, { useLayout: false });
  const statements = map.text.split('\n\n').map((paragraph, i) => {
    const start = map.text.indexOf(paragraph);
    const name = start + paragraph.indexOf('Ana');
    const mention = { start: name, end: name + 'Ana Ruiz'.length };
    const speaker = { id: 'ana', name: 'Ana Ruiz', mention };
    return { id: `s${i}`, start, end: start + paragraph.indexOf('”') + 1, speaker } as unknown as Statement;
  });
  return { map, statements };
}

/** How many ranges the registry holds, over all highlights. */
const registered = () => [...highlights().values()].reduce((sum, h) => sum + h.size, 0);

describe('live Ranges only near the view', () => {
  it('anchoring makes no live Range', async () => {
    const { map, statements } = article(50);
    const made = vi.spyOn(document, 'createRange');
    const anchored = await anchorStatements(map, statements, clock);
    expect(anchored.filter((entry) => entry.range && entry.mentionRange)).toHaveLength(50);
    expect(made).not.toHaveBeenCalled();
  });

  it('past the window, a paint makes live Ranges for the passages near the view only, and lets them go', async () => {
    const { map, statements } = article(WINDOW_RANGES);
    const anchored = await anchorStatements(map, statements, clock);
    const made = vi.spyOn(document, 'createRange');
    const highlighter = createHighlighter(document);
    await paintStatements(highlighter, anchored, { showUnattributed: false }, clock);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    // The view shows 0–768 px, and a viewport below it: paragraphs 0 to 15, two ranges each.
    expect(registered()).toBe(32);
    expect(made).toHaveBeenCalledTimes(32);
    layout.scrollTo(10_000);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    const first = anchored[0]!.range!;
    expect(anchored[0]!.range && (first as { current?: () => Range | null }).current?.()).toBeNull();
    expect(registered()).toBeLessThanOrEqual(50);
    highlighter.clear();
  });
});
