// What the stores check on upload, checked here first: the name and description in every locale
// (`web-ext lint` does not count them), the icon sizes both stores ask for, and the padding Chrome's image
// guidelines ask of the 128 px artwork (96 px of artwork, 16 px transparent on each side).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { decodeRgba, pngSize } from '../../../scripts/png';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Chrome Web Store: name 45, short_name 12, description 132 characters. */
const LIMITS = { name: 45, short_name: 12, description: 132 } as const;
/** Chrome: 16, 32, 48, 128; Firefox's add-ons manager: 48, 96. */
const ICON_SIZES = [16, 32, 48, 96, 128];
const ARTWORK_PADDING = 16;

type Messages = Record<string, { message: string }>;

/** A manifest string in one locale: `__MSG_key__` becomes that locale's message, anything else stays. */
function localized(value: string, messages: Messages): string | undefined {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  return key === undefined ? value : messages[key]?.message;
}

describe('localized', () => {
  const messages = { appName: { message: 'Quoted' } };
  it.each([
    ['__MSG_appName__', 'Quoted'],
    ['Plain name', 'Plain name'],
    ['__MSG_missing__', undefined],
    ['Not __MSG_appName__ inside', 'Not __MSG_appName__ inside'],
  ])('%j → %j', (value, expected) => {
    expect(localized(value, messages)).toBe(expected);
  });
});

const locales = readdirSync(join(ROOT, '_locales'));

describe.each(locales)('manifest strings in _locales/%s', (locale) => {
  const messages = JSON.parse(
    readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8'),
  ) as Messages;
  it.each(Object.entries(LIMITS))('%s is at most %i characters', (key, limit) => {
    const text = localized(manifest[key as keyof typeof LIMITS], messages);
    expect(text).toBeDefined();
    expect([...(text ?? '')].length).toBeLessThanOrEqual(limit);
  });
});

describe('icons', () => {
  it('lists every size the stores ask for', () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual(ICON_SIZES);
  });

  it.each(Object.entries(manifest.icons))('the %s px icon is a PNG of that size', (size, path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    expect(pngSize(readFileSync(join(ROOT, path)))).toEqual({ width: Number(size), height: Number(size) });
  });

  it(`the 128 px artwork has ${ARTWORK_PADDING} px of transparent padding and fills the rest`, () => {
    const { width, height, pixels } = decodeRgba(readFileSync(join(ROOT, manifest.icons['128'])));
    const drawn = { left: width, top: height, right: -1, bottom: -1 };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (pixels[(y * width + x) * 4 + 3] === 0) continue;
        drawn.left = Math.min(drawn.left, x);
        drawn.top = Math.min(drawn.top, y);
        drawn.right = Math.max(drawn.right, x);
        drawn.bottom = Math.max(drawn.bottom, y);
      }
    }
    expect(drawn.left).toBeGreaterThanOrEqual(ARTWORK_PADDING);
    expect(drawn.top).toBeGreaterThanOrEqual(ARTWORK_PADDING);
    expect(drawn.right).toBeLessThan(width - ARTWORK_PADDING);
    expect(drawn.bottom).toBeLessThan(height - ARTWORK_PADDING);
    // Padded, not shrunk: the artwork spans most of the 96 px box it is given (the bubble is 86 × 87).
    expect(drawn.right - drawn.left + 1).toBeGreaterThanOrEqual(80);
    expect(drawn.bottom - drawn.top + 1).toBeGreaterThanOrEqual(80);
  });
});

describe('store images in docs/store', () => {
  // Chrome Web Store: screenshots 1280×800, small promotional tile 440×280; kept small enough to commit.
  it.each([
    ['screenshot-1-highlights-chrome.png', 1280, 800],
    ['screenshot-2-panel-firefox.png', 1280, 800],
    ['promo-tile-440x280.png', 440, 280],
  ])('%s is %i×%i', (name, width, height) => {
    const png = readFileSync(join(ROOT, 'docs/store', name));
    expect(pngSize(png)).toEqual({ width, height });
    expect(png.length).toBeLessThan(300 * 1024);
  });
});
