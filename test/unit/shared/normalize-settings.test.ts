import { describe, expect, it } from 'vitest';
import {
  isSiteDisabled,
  normalizeSettings,
  normalizeSite,
  withSiteEnabled,
} from '../../../src/shared/normalize-settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

describe('normalizeSite', () => {
  const cases: [string, string | null][] = [
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.example.com/news/story?id=1', 'www.example.com'],
    ['http://localhost:8080/', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['example.com.', 'example.com'],
    ['', null],
    ['   ', null],
    ['not a site', null],
    ['ftp://example.com', null],
    ['javascript:alert(1)', null],
    ['-bad.example', null],
    ['exa_mple.com', null],
  ];
  it.each(cases)('%j → %j', (input, expected) => expect(normalizeSite(input)).toBe(expected));
});

describe('isSiteDisabled', () => {
  const cases: [string, string[], boolean][] = [
    ['example.com', ['example.com'], true],
    ['news.example.com', ['example.com'], true],
    ['notexample.com', ['example.com'], false],
    ['example.com', ['news.example.com'], false],
    ['EXAMPLE.com', ['example.com'], true],
    ['example.com', [], false],
  ];
  it.each(cases)('%s in %j → %s', (host, sites, expected) =>
    expect(isSiteDisabled(host, sites)).toBe(expected),
  );
});

describe('withSiteEnabled', () => {
  const base = { ...DEFAULT_SETTINGS, disabledSites: ['other.org'] };
  it('adds and removes a host, leaving the rest', () => {
    const off = withSiteEnabled(base, 'news.example', false);
    expect(off.disabledSites).toEqual(['other.org', 'news.example']);
    expect(withSiteEnabled(off, 'news.example', true).disabledSites).toEqual(['other.org']);
    expect(base.disabledSites).toEqual(['other.org']);
  });
  it('turning a subdomain on lifts the parent entry that covered it', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(withSiteEnabled(settings, 'www.example.com', true).disabledSites).toEqual([]);
  });
  it('does not add a site twice', () => {
    const off = withSiteEnabled(withSiteEnabled(base, 'a.example', false), 'a.example', false);
    expect(off.disabledSites).toEqual(['other.org', 'a.example']);
  });
  it('ignores a host that is not one', () => {
    expect(withSiteEnabled(base, 'not a host', false)).toBe(base);
  });
});

describe('normalizeSettings', () => {
  const cases: [string, unknown, object][] = [
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'x', DEFAULT_SETTINGS],
    [
      'all valid',
      { autoRun: false, disabledSites: ['a.example'], colorScheme: 'dark', showUnattributed: true },
      {
        autoRun: false,
        disabledSites: ['a.example'],
        colorScheme: 'dark',
        showUnattributed: true,
      },
    ],
    [
      'wrong types fall back per key',
      { autoRun: 'no', disabledSites: 'a.example', colorScheme: 'pink', showUnattributed: 1 },
      DEFAULT_SETTINGS,
    ],
    [
      'sites cleaned and deduplicated',
      { disabledSites: ['A.example', 'https://a.example/x', 7, 'bad site'] },
      {
        ...DEFAULT_SETTINGS,
        disabledSites: ['a.example'],
      },
    ],
  ];
  it.each(cases)('%s', (_name, raw, expected) => expect(normalizeSettings(raw)).toEqual(expected));
});
