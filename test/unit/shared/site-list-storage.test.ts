// The disabled-sites list must fit one storage.sync item (8,192 bytes), or the browser refuses the write:
// it is compacted first, and what still does not fit is refused here, where the panel can say so.
import { describe, expect, it } from 'vitest';
import { compactSites, fitsSyncItem, SYNC_ITEM_MAX_BYTES } from '../../../src/shared/normalize-settings';

describe('compactSites', () => {
  it.each([
    ['duplicates', ['a.example', 'a.example'], ['a.example']],
    [
      'a subdomain of a listed site',
      ['news.a.example', 'a.example', 'b.example'],
      ['a.example', 'b.example'],
    ],
    ['a look-alike is not a subdomain', ['xa.example', 'a.example'], ['xa.example', 'a.example']],
    ['nothing to do', ['a.example', 'b.example'], ['a.example', 'b.example']],
  ])('%s', (_row, sites, expected) => expect(compactSites(sites)).toEqual(expected));
});

describe('fitsSyncItem', () => {
  const sites = (count: number) => Array.from({ length: count }, (_, i) => `site-number-${i}.example`);

  it.each([
    ['a few sites', 10, true],
    ['300 sites', 300, true],
    ['400 sites (about 11 KB)', 400, false],
  ])('%s: %s', (_row, count, expected) => expect(fitsSyncItem('disabledSites', sites(count))).toBe(expected));

  it('counts bytes, not characters', () => {
    const wide = 'é'.repeat(SYNC_ITEM_MAX_BYTES / 2);
    expect(wide.length).toBeLessThan(SYNC_ITEM_MAX_BYTES);
    expect(fitsSyncItem('k', wide)).toBe(false);
  });
});
