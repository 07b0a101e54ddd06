// @vitest-environment jsdom
// What the page's tab tells the panel unasked: the side panel (or a tab) follows both the open card and
// the passage in view; the toolbar popup follows the card only; other tabs and other senders are ignored.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  views: [] as unknown[],
  listener: null as ((message: unknown, sender: unknown) => unknown) | null,
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    extension: { getViews: () => api.views },
    runtime: {
      id: 'ext',
      onMessage: { addListener: (fn: typeof api.listener) => (api.listener = fn) },
    },
  },
}));
const { listenToPage } = await import('../../../src/popup/page-events');

const FROM_TAB_7 = { id: 'ext', tab: { id: 7 } };

describe('listenToPage', () => {
  beforeEach(() => {
    api.listener = null;
  });

  const rows: [string, unknown[], unknown, unknown, string[]][] = [
    ['side panel: a card opened', [], { type: 'cardOpened', payload: { id: 's1' } }, FROM_TAB_7, ['s1']],
    [
      'side panel: the passage in view',
      [],
      { type: 'passageInView', payload: { id: 's2' } },
      FROM_TAB_7,
      ['s2'],
    ],
    ['popup: a card opened', [window], { type: 'cardOpened', payload: { id: 's1' } }, FROM_TAB_7, ['s1']],
    [
      'popup: the passage in view is ignored',
      [window],
      { type: 'passageInView', payload: { id: 's2' } },
      FROM_TAB_7,
      [],
    ],
    ['another tab', [], { type: 'cardOpened', payload: { id: 's1' } }, { id: 'ext', tab: { id: 8 } }, []],
    ['another extension', [], { type: 'cardOpened', payload: { id: 's1' } }, { id: 'x', tab: { id: 7 } }, []],
  ];
  it.each(rows)('%s', (_name, views, message, sender, shown) => {
    api.views = views;
    const showing = vi.fn();
    listenToPage(() => 7, { reportChanged: vi.fn(), showing });
    api.listener?.(message, sender);
    expect(showing.mock.calls.map(([id]) => id)).toEqual(shown);
  });

  it('tells a changed report', () => {
    const reportChanged = vi.fn();
    listenToPage(() => 7, { reportChanged, showing: vi.fn() });
    api.listener?.({ type: 'reportChanged', payload: { state: 'ready', count: 3 } }, FROM_TAB_7);
    expect(reportChanged).toHaveBeenCalledOnce();
  });
});
