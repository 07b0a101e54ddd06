// The background on Firefox for Android, which has no contextMenus and no commands API: it must still
// start and answer its pages, and register the menu and shortcut listeners only where those APIs exist.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Api = 'contextMenus' | 'commands';

/** A stand-in `browser` whose events record their listeners; `without` leaves APIs out, as Android does. */
function fakeBrowser(without: readonly Api[]) {
  const listeners: Record<string, number> = {};
  const event = (name: string) => ({
    addListener: () => {
      listeners[name] = (listeners[name] ?? 0) + 1;
    },
  });
  const api: Record<string, unknown> = {
    runtime: { id: 'test', onMessage: event('runtime.onMessage'), onInstalled: event('runtime.onInstalled') },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { sendMessage: async () => undefined, query: async () => [] },
    i18n: { getMessage: () => '' },
    storage: { onChanged: event('storage.onChanged') },
    contextMenus: { onClicked: event('contextMenus.onClicked') },
    commands: { onCommand: event('commands.onCommand') },
  };
  for (const name of without) delete api[name];
  return { api, listeners };
}

async function startBackground(without: readonly Api[]): Promise<Record<string, number>> {
  const { api, listeners } = fakeBrowser(without);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: api }));
  await import('../../../src/background/index');
  return listeners;
}

afterEach(() => {
  vi.doUnmock('webextension-polyfill');
});

describe('the background registers listeners for the APIs the browser has', () => {
  const cases: [string, Api[], Record<string, number>][] = [
    [
      'desktop (every API)',
      [],
      {
        'runtime.onMessage': 1,
        'runtime.onInstalled': 1,
        'storage.onChanged': 1,
        'contextMenus.onClicked': 1,
        'commands.onCommand': 1,
      },
    ],
    [
      'Android (no contextMenus, no commands)',
      ['contextMenus', 'commands'],
      { 'runtime.onMessage': 1, 'storage.onChanged': 1 },
    ],
    [
      'no commands only',
      ['commands'],
      {
        'runtime.onMessage': 1,
        'runtime.onInstalled': 1,
        'storage.onChanged': 1,
        'contextMenus.onClicked': 1,
      },
    ],
  ];
  it.each(cases)('%s', async (_, without, expected) => {
    expect(await startBackground(without)).toEqual(expected);
  });
});
