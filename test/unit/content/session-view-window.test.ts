// @vitest-environment jsdom
// Past the paint window's limit (a 5 MB article) the first highlights are registered at the first
// look-up, a frame after the paint: the keyboard link comes in that task, with them. On such a page each
// frame after a change to the DOM or to the highlights repaints the whole document (30-40 ms in
// Chromium): the link added after the paint and the highlights a frame later were two such frames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import type { PageStore } from '../../../src/content/page-store';
import { createSessionView } from '../../../src/content/session-view';
import { ownHosts } from '../../../src/page/card-element';
import type { PaintItem } from '../../../src/page/paint-item';
import { WINDOW_RANGES } from '../../../src/page/paint-window';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { AFTER_FRAME_MS, fakeLayout, type FakeLayout } from '../page/fake-layout';
import { useFakeHighlights } from '../page/fake-highlights';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: () => '' }, runtime: { sendMessage: async () => undefined } },
}));

const highlights = useFakeHighlights();
let layout: FakeLayout;
beforeEach(() => {
  vi.useFakeTimers();
  layout = fakeLayout();
  for (const host of ownHosts(document, 'nav')) host.remove();
});
afterEach(() => {
  layout.restore();
  vi.useRealTimers();
});

const registered = () => [...highlights().values()].reduce((sum, h) => sum + h.size, 0);

describe('session view past the paint window', () => {
  it('the keyboard link comes in the task that registers the first highlights', () => {
    const count = WINDOW_RANGES * 2;
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Quote ${i}.</p>`).join('');
    const ps = [...document.querySelectorAll('p')];
    layout.stack(ps, 100);
    const items: PaintItem[] = ps.map((p, i) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return { id: `s${i}`, range, color: 0, kind: 'statement' };
    });
    const page = { anchored: items.map((item) => ({ range: item.range })) } as unknown as PageAnalysis;
    const store = { state: 'analyzing', current: page, show: () => undefined };
    const view = createSessionView(
      document,
      store as unknown as PageStore,
      () => DEFAULT_SETTINGS,
      () => null,
    );
    const linkWhenShown: boolean[] = [];
    const { set } = highlights();
    highlights().set = (name, highlight) => {
      linkWhenShown.push(ownHosts(document, 'nav').length === 1);
      return set.call(highlights(), name, highlight);
    };
    view.highlighter.add(view.highlighter.reconcile!(items));
    expect(registered()).toBe(0);
    expect(ownHosts(document, 'nav')).toHaveLength(0);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    expect(registered()).toBeGreaterThan(0);
    expect(linkWhenShown[0]).toBe(true);
    view.clear();
  });
});
