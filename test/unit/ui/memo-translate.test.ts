// A long panel asks for the same few strings hundreds of times: each distinct question reaches the
// browser once, and the answers stay those of the browser.
import { describe, expect, it, vi } from 'vitest';
import { memoTranslate } from '../../../src/ui/localize';

describe('memoTranslate', () => {
  const rows: [string, [string, (string | string[])?][], number][] = [
    ['one key asked 300 times: one call', Array.from({ length: 300 }, () => ['kindDirect']), 1],
    ['two keys: two calls', [['kindDirect'], ['kindIndirect'], ['kindDirect']], 2],
    [
      'one key, two substitutions: two calls',
      [
        ['count', '2'],
        ['count', '3'],
        ['count', '2'],
      ],
      2,
    ],
    [
      'a list and its joined string are not the same question',
      [
        ['of', ['1', '2']],
        ['of', '1\u00012'],
      ],
      2,
    ],
  ];
  it.each(rows)('%s', (_name, asks, calls) => {
    const browserT = vi.fn((key: string, subs?: string | string[]) => `${key}:${[subs ?? []].flat().join()}`);
    const t = memoTranslate(browserT);
    for (const [key, subs] of asks) expect(t(key, subs)).toBe(browserT(key, subs));
    // Each expectation above also called browserT once directly.
    expect(browserT).toHaveBeenCalledTimes(calls + asks.length);
  });
});
