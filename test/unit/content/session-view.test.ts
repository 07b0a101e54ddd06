// @vitest-environment jsdom
// The session view's keyboard link while a pass paints: a huge article is painted section by section,
// and each write of the link's text repaints every highlight on the page in Chromium, so the link comes
// with the first paint and takes the final count once the pass is over (or when it gets focus).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import type { PageStore } from '../../../src/content/page-store';
import { createSessionView } from '../../../src/content/session-view';
import { ownHosts, shadowOf } from '../../../src/page/card-element';
import { DEFAULT_SKIP_LINK_LABELS } from '../../../src/page/skip-link';
import type { PageState } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: () => '' }, runtime: { sendMessage: async () => undefined } },
}));

const link = () =>
  shadowOf(ownHosts(document, 'nav')[0] ?? null)?.querySelector<HTMLElement>('[part="skip"]');
const linkText = () => link()?.textContent ?? null;

/** A page analysis whose first `count` statements are anchored (only their ranges matter to the link). */
const paintedPage = (count: number): PageAnalysis =>
  ({
    anchored: Array.from({ length: count + 1 }, (_, i) => ({ range: i < count ? new Range() : null })),
  }) as unknown as PageAnalysis;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp() {
  const store = { state: 'analyzing' as PageState, current: null, show: () => undefined };
  const view = createSessionView(
    document,
    store as unknown as PageStore,
    () => DEFAULT_SETTINGS,
    () => null,
  );
  let writes = 0;
  const count = () => {
    const shadow = shadowOf(ownHosts(document, 'nav')[0] ?? null);
    if (!shadow) return;
    new MutationObserver((records) => (writes += records.length)).observe(shadow, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  };
  return { store, view, count, writes: () => writes };
}

describe('session view: the keyboard link during a pass', () => {
  beforeEach(() => {
    for (const host of ownHosts(document, 'nav')) host.remove();
    document.body.innerHTML = '<article><p>The council met.</p></article>';
  });

  it('a full pass painted in sections writes the link twice: at its first paint and once it is over', async () => {
    const { store, view, count, writes } = setUp();
    view.painted!(paintedPage(3));
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(3));
    count();
    for (const n of [8, 15, 21]) {
      view.painted!(paintedPage(n));
      await nextTask();
    }
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(3));
    view.painted!(paintedPage(30));
    store.state = 'ready'; // the pass ends in the task of its last paint
    await nextTask();
    await Promise.resolve(); // the observer's records
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(30));
    expect(writes()).toBe(1);
  });

  it('the link says the latest count as soon as it gets focus, mid-pass', async () => {
    const { view } = setUp();
    view.painted!(paintedPage(2));
    view.painted!(paintedPage(9));
    await nextTask();
    link()!.focus();
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(9));
  });

  it('a refresh of a ready page writes its count at once, and a new pass starts from a clear page', async () => {
    const { store, view } = setUp();
    store.state = 'ready';
    view.painted!(paintedPage(4));
    view.painted!(paintedPage(6));
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(6));
    view.clear();
    expect(link()).toBeFalsy();
    store.state = 'analyzing';
    view.painted!(paintedPage(1));
    expect(linkText()).toBe(DEFAULT_SKIP_LINK_LABELS.link(1));
  });
});
