// @vitest-environment jsdom
// A refresh reads a long article over several tasks: the map read in slices is the one read at once, and
// the page gets its main thread back between slices (about one pause per 64 nodes when every slice is due),
// and once more before the text is made whole (a 5 MB article's join was a long task of its own in Firefox).
import { describe, expect, it } from 'vitest';
import { buildTextMap, buildTextMapInSlices } from '../../../src/page/text-map';

function article(paragraphs: number): Element {
  document.body.innerHTML = `<article>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph <em>${i}</em>, said   someone.</p>`,
  ).join('')}</article>`;
  return document.querySelector('article')!;
}

describe('buildTextMapInSlices', () => {
  const rows: [number, number, number][] = [
    // [paragraphs, slice ms, fewest pauses]
    [3, 8, 0],
    [500, 0, 20],
    [2000, 0, 90],
  ];
  it.each(rows)('%i paragraphs, %i ms slices → the same map, ≥ %i pauses', async (count, sliceMs, fewest) => {
    const root = article(count);
    let pauses = 0;
    const sliced = await buildTextMapInSlices(root, { useLayout: false }, async () => void pauses++, sliceMs);
    const whole = buildTextMap(root, { useLayout: false });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.pieces).toEqual(whole.pieces);
    expect(pauses).toBeGreaterThanOrEqual(fewest);
  });

  it('pauses after the last node is read, before a long text is made whole, when it paused at all', async () => {
    const root = article(500);
    const last = root.querySelectorAll('p')[499]!.lastChild as Text;
    const log: string[] = [];
    const data = last.data;
    Object.defineProperty(last, 'data', { get: () => (log.push('last node read'), data) });
    const sliced = await buildTextMapInSlices(
      root,
      { useLayout: false },
      async () => void log.push('pause'),
      0,
      1000,
    );
    expect(log.at(-1)).toBe('pause');
    expect(log.filter((step) => step === 'last node read')).toHaveLength(1);
    expect(sliced.text).toBe(buildTextMap(root, { useLayout: false }).text);
  });

  it('a short article read in one slice does not pause', async () => {
    let pauses = 0;
    await buildTextMapInSlices(article(3), { useLayout: false }, async () => void pauses++, 1000);
    expect(pauses).toBe(0);
  });

  it('a text under the length made whole in a task of its own is not paused for', async () => {
    const root = article(500);
    const last = root.querySelectorAll('p')[499]!.lastChild as Text;
    const log: string[] = [];
    const data = last.data;
    Object.defineProperty(last, 'data', { get: () => (log.push('last node read'), data) });
    await buildTextMapInSlices(root, { useLayout: false }, async () => void log.push('pause'), 0);
    expect(log.at(-1)).toBe('last node read');
  });
});
