// The background's check before it parses a copy the page sent before reading its settings.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const listeners = new Set<Listener>();
let stored: Record<string, unknown> = {};
const get = vi.fn(async () => stored);

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: { get: async () => get() },
      local: { get: async () => ({}) },
      onChanged: { addListener: (l: Listener) => void listeners.add(l) },
    },
  },
}));

const { runsByItself, runsOn } = await import('../../../src/background/runs-by-itself');

const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('runsOn', () => {
  const rows: [string, Partial<Settings>, string | undefined, boolean][] = [
    ['the defaults, on any site', {}, 'https://news.example/a', true],
    ['auto-run off', { autoRun: false }, 'https://news.example/a', false],
    ['the site switched off', { disabledSites: ['news.example'] }, 'https://news.example/a', false],
    ['a parent domain switched off', { disabledSites: ['example'] }, 'https://www.news.example/', false],
    ['another site switched off', { disabledSites: ['other.example'] }, 'https://news.example/a', true],
    ['no address for the frame', {}, undefined, false],
    ['an address that does not parse', {}, 'not a url', false],
  ];
  it.each(rows)('%s', (_, changes, url, expected) => {
    expect(runsOn(settings(changes), url)).toBe(expected);
  });
});

describe('runsByItself', () => {
  it('reads the settings once, and again after they change', async () => {
    stored = { autoRun: true };
    expect(await runsByItself('https://news.example/a')).toBe(true);
    expect(await runsByItself('https://news.example/b')).toBe(true);
    expect(get).toHaveBeenCalledOnce();
    stored = { autoRun: false };
    for (const l of listeners) l({ autoRun: { newValue: false } }, 'sync');
    expect(await runsByItself('https://news.example/a')).toBe(false);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
