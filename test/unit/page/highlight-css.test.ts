// The highlights' paint is written for one page's random prefix: it styles those names and no other (a
// page that registers "sourcelight-speaker-0", or any name but ours, gets nothing), and the contrast
// setting changes what the rules say, never which names they style. Its rules are on the root element, for
// highlight inheritance to carry them to every paragraph: a universal ::highlight() rule made Chromium match
// every element of the page again when the sheet came (0.8 s on a 5 MB article); Gecko, which has no
// highlight inheritance, gets the same rules universal inside a block only it reads.
import { describe, expect, it } from 'vitest';
import { highlightCss, randomHighlightPrefix } from '../../../src/page/highlight-css';
import { SPEAKER_PALETTE } from '../../../src/shared/speaker-colors';

const selectors = (css: string): string[] =>
  css.split('\n').flatMap((line) => /^(.+?) \{/.exec(line)?.[1] ?? []);

/** The rules every engine reads, and those inside the one feature query (read by Gecko only). */
function blocks(css: string): { everyone: string[]; gecko: string[]; query: string[] } {
  const lines = css.trimEnd().split('\n');
  const open = lines.findIndex((line) => line.startsWith('@supports'));
  const close = lines.lastIndexOf('}');
  return {
    everyone: [...lines.slice(0, open), ...lines.slice(close + 1)],
    gecko: lines.slice(open + 1, close).map((line) => line.trim()),
    query: lines.filter((line) => line.startsWith('@')),
  };
}

describe('highlightCss', () => {
  const prefix = 'sourcelight-abc123';

  const expected = [
    ...SPEAKER_PALETTE.flatMap((_, i) => [`${prefix}-speaker-${i}`, `${prefix}-mention-${i}`]),
    `${prefix}-later`,
    `${prefix}-active`,
    `${prefix}-dim`,
  ];

  it.each([false, true])('styles only its own prefix’s names (high contrast: %s)', (highContrast) => {
    const { everyone, gecko } = blocks(highlightCss({ prefix, highContrast, marks: false }));
    const named = (lines: string[], subject: string) =>
      selectors(lines.join('\n')).map(
        (selector) => selector.startsWith(subject) && selector.slice(subject.length),
      );
    expect(named(everyone, ':root::highlight(')).toEqual(expected.map((name) => `${name})`));
    expect(named(gecko, '::highlight(')).toEqual(expected.map((name) => `${name})`));
  });

  it.each([false, true])(
    'puts every rule that all engines read on the root, none on every element (high contrast: %s)',
    (highContrast) => {
      const { everyone, gecko, query } = blocks(highlightCss({ prefix, highContrast, marks: false }));
      expect(query).toEqual(['@supports (-moz-appearance: none) {']);
      expect(selectors(everyone.join('\n')).every((selector) => selector.startsWith(':root::'))).toBe(true);
      // The same declarations for each name, root or universal.
      expect(gecko).toEqual(everyone.map((line) => line.replace(/^:root/, '')));
    },
  );

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
