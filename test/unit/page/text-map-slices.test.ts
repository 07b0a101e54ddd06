// @vitest-environment jsdom
// A refresh reads a long article over several tasks: the map read in slices is the one read at once, and
// the page gets its main thread back between slices (about one pause per 64 nodes when every slice is due).
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
});
