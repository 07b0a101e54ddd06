// The highlights' paint is written for one page's random prefix: it styles those names and no other (a
// page that registers "sourcelight-speaker-0", or any name but ours, gets nothing), and the contrast
// setting changes what the rules say, never which names they style.
import { describe, expect, it } from 'vitest';
import { highlightCss, randomHighlightPrefix } from '../../../src/page/highlight-css';
import { SPEAKER_PALETTE } from '../../../src/shared/speaker-colors';

const selectors = (css: string): string[] =>
  css.split('\n').flatMap((line) => /^(.+?) \{/.exec(line)?.[1] ?? []);

describe('highlightCss', () => {
  const prefix = 'sourcelight-abc123';

  it.each([false, true])('styles only its own prefix’s names (high contrast: %s)', (highContrast) => {
    const names = selectors(highlightCss({ prefix, highContrast, marks: false })).map(
      (selector) => /^::highlight\((.+)\)$/.exec(selector)?.[1],
    );
    const expected = [
      ...SPEAKER_PALETTE.flatMap((_, i) => [`${prefix}-speaker-${i}`, `${prefix}-mention-${i}`]),
      `${prefix}-later`,
      `${prefix}-active`,
      `${prefix}-dim`,
    ];
    expect(names).toEqual(expected);
  });

  it.each([false, true])('names the same highlights in either contrast mode (marks: %s)', (marks) => {
    const normal = highlightCss({ prefix, highContrast: false, marks });
    const high = highlightCss({ prefix, highContrast: true, marks });
    expect(selectors(high)).toEqual(selectors(normal));
    expect(high).not.toBe(normal);
    expect(`${normal}${high}`).not.toMatch(/data-contrast|-hc-/);
  });

  const refused = [
    '',
    'sourcelight',
    'sourcelight-',
    'sourcelight-A',
    'page-abc',
    'sourcelight-x) {} * {',
    'sourcelight-a b',
  ];
  it.each(refused)('writes nothing for a prefix that is not ours: %j', (bad) => {
    expect(highlightCss({ prefix: bad, highContrast: false, marks: false })).toBe('');
  });

  it('gives each page a prefix of its own that the CSS accepts', () => {
    const prefixes = Array.from({ length: 20 }, randomHighlightPrefix);
    expect(new Set(prefixes).size).toBe(20);
    for (const p of prefixes)
      expect(highlightCss({ prefix: p, highContrast: false, marks: false })).not.toBe('');
  });
});
