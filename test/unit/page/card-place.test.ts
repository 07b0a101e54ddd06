import { describe, expect, it } from 'vitest';
import { GAP_PX, placeCard, type Box } from '../../../src/page/card-place';
import { luminance } from '../../../src/page/page-scheme';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const CARD = { width: 300, height: 200 };
const VIEW = { width: 1000, height: 700 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  // [name, protect (passage + attribution), anchor (first line), expected side]
  const rows: [string, Box, Box, string][] = [
    ['room below: below the whole passage', box(20, 100, 680, 180), box(200, 100, 680, 120), 'below'],
    ['at the bottom: above', box(20, 560, 680, 640), box(20, 560, 680, 580), 'above'],
    ['a tall passage in a wide view: beside it', box(20, 150, 600, 600), box(20, 150, 600, 170), 'right'],
    ['a tall passage at the right: on its left', box(400, 150, 990, 600), box(400, 150, 990, 170), 'left'],
  ];
  it.each(rows)('%s', (_name, protect, anchor, side) => {
    const placed = placeCard(protect, anchor, CARD, VIEW);
    expect(placed.side).toBe(side);
    expect(placed.clear).toBe(true);
    const card = box(placed.left, placed.top, placed.left + CARD.width, placed.top + CARD.height);
    expect(overlaps(card, protect)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(GAP_PX);
    expect(card.right).toBeLessThanOrEqual(VIEW.width - GAP_PX);
    expect(card.bottom).toBeLessThanOrEqual(VIEW.height - GAP_PX);
  });

  it('points the arrow at the passage’s first line, kept off the corners', () => {
    const placed = placeCard(box(20, 100, 680, 180), box(200, 100, 300, 120), CARD, VIEW);
    expect(placed.left + placed.arrow).toBe(250);
    const atEdge = placeCard(box(0, 100, 680, 180), box(0, 100, 4, 120), CARD, VIEW);
    expect(atEdge.arrow).toBeGreaterThanOrEqual(14);
  });

  it('with no room anywhere, stays in view and says it is not clear', () => {
    const placed = placeCard(box(0, 0, 1000, 700), box(0, 0, 1000, 20), CARD, VIEW);
    expect(placed.clear).toBe(false);
    expect(placed.top).toBeGreaterThanOrEqual(GAP_PX);
    expect(placed.top + CARD.height).toBeLessThanOrEqual(VIEW.height - GAP_PX);
  });
});

describe('luminance', () => {
  it.each([
    [[255, 255, 255], 1],
    [[0, 0, 0], 0],
    [[119, 119, 119], 0.18],
  ] as const)('%j → %d', (rgb, expected) => expect(luminance(rgb)).toBeCloseTo(expected, 2));
});
