// The highlight palette keeps its meaning for readers with the common colour-vision deficiencies and on
// any page: every pair of highlights (the neutral grey included), as painted (translucent, over a light
// and over a dark page), stays apart by CIEDE2000 in normal vision and under simulated protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1), and page text over each
// highlight keeps WCAG AA contrast on both pages. Past the palette's end the hue repeats with another
// pattern (colorSlot).
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_ALPHA,
  SPEAKER_PALETTE,
  UNATTRIBUTED_COLOR,
  colorSlot,
} from '../../../src/shared/speaker-colors';
import { deltaE2000 } from './delta-e-2000';

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

const VISION: Readonly<Record<string, Matrix>> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
/** Smallest CIEDE2000 distance allowed between two highlights as painted: in normal vision, where a
 * reader names the hues apart, and under each simulated deficiency. The palette before this one had
 * pairs at 3.4 (normal) and 2.4 (tritanopia): four pale lilacs and two grey-greens a reader took as one. */
const MIN_DELTA_E: Readonly<Record<string, number>> = {
  normal: 9.5,
  protanopia: 5.5,
  deuteranopia: 5.5,
  tritanopia: 5.5,
};
const PAGES: readonly { name: string; background: Rgb; text: Rgb }[] = [
  { name: 'light page', background: [255, 255, 255], text: [27, 27, 31] },
  { name: 'dark page', background: [18, 18, 18], text: [232, 232, 232] },
];

const parse = (css: string): Rgb => {
  const [r, g, b] = (/rgb\((\d+) (\d+) (\d+)\)/.exec(css) ?? []).slice(1).map(Number);
  return [r ?? NaN, g ?? NaN, b ?? NaN];
};
const toLinear = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const simulate = (rgb: Rgb, m: Matrix): Rgb => {
  const l = rgb.map(toLinear) as unknown as Rgb;
  return m.map((row) => clamp01(row[0] * l[0] + row[1] * l[1] + row[2] * l[2])) as unknown as Rgb;
};
/** Linear RGB → CIELAB (D65). */
const lab = ([r, g, b]: Rgb): Rgb => {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const luminance = (rgb: Rgb): number => {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const COLORS = SPEAKER_PALETTE.map(parse);
/** The palette before this one, a reader's "four lilacs and two grey-greens". */
const PREVIOUS: readonly Rgb[] = [
  [153, 51, 204],
  [255, 102, 0],
  [255, 153, 255],
  [153, 102, 51],
  [102, 204, 102],
  [51, 102, 153],
  [255, 204, 0],
  [204, 102, 255],
  [102, 153, 102],
  [153, 51, 255],
  [153, 204, 153],
  [153, 153, 153],
];

/** A highlight's colour as painted: the palette colour at HIGHLIGHT_ALPHA over the page. */
const painted = (c: Rgb, page: Rgb): Rgb =>
  c.map((x, i) => x * HIGHLIGHT_ALPHA + page[i]! * (1 - HIGHLIGHT_ALPHA)) as unknown as Rgb;

/** The closest two highlights of `palette` on `page`, as seen in `vision`. */
function closestPair(palette: readonly Rgb[], vision: string, page: Rgb): { distance: number; pair: string } {
  const seen = palette.map((c) => lab(simulate(painted(c, page), VISION[vision]!)));
  let closest = { distance: Infinity, pair: '' };
  seen.forEach((a, i) =>
    seen.slice(i + 1).forEach((b, k) => {
      const distance = deltaE2000(a, b);
      if (distance < closest.distance) closest = { distance, pair: `${i + 1}–${i + 2 + k}` };
    }),
  );
  return closest;
}

const ROWS = Object.keys(VISION).flatMap((vision) => PAGES.map((page) => ({ vision, page })));

describe('the highlight palette', () => {
  it('has at least 10 speaker colours and the neutral one last', () => {
    expect(UNATTRIBUTED_COLOR).toBeGreaterThanOrEqual(10);
    expect(SPEAKER_PALETTE[UNATTRIBUTED_COLOR]).toBe('rgb(153 153 153)');
  });

  it.each(ROWS)('keeps every pair of highlights apart in $vision on a $page.name', ({ vision, page }) => {
    const closest = closestPair(COLORS, vision, page.background);
    expect(closest.distance, `closest pair ${closest.pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E[vision]!);
  });

  it.each(Object.keys(VISION))(
    'the check can fail: the previous palette has a closer pair in %s',
    (vision) => {
      expect(closestPair(PREVIOUS, vision, PAGES[0]!.background).distance).toBeLessThan(MIN_DELTA_E[vision]!);
    },
  );

  it.each(PAGES)('keeps page text at WCAG AA (4.5:1) over every highlight on a $name', (page) => {
    const worst = Math.min(...COLORS.map((c) => contrast(painted(c, page.background), page.text)));
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
});

describe('colorSlot', () => {
  const rows: [number, { hue: number; round: number }][] = [
    [0, { hue: 0, round: 0 }],
    [9, { hue: 9, round: 0 }],
    [UNATTRIBUTED_COLOR, { hue: UNATTRIBUTED_COLOR, round: 0 }],
    [11, { hue: 0, round: 1 }],
    [20, { hue: 9, round: 1 }],
    [21, { hue: 0, round: 2 }],
  ];
  it.each(rows)('%i → %j', (color, slot) => expect(colorSlot(color)).toEqual(slot));
});
