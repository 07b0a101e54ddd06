// @vitest-environment jsdom
// The keyboard's entry point: one host (a plain element, closed shadow root) before <body> (first in the tab order), its link
// and live region in the shadow root, the page's own text and elements untouched.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSkipLink, DEFAULT_SKIP_LINK_LABELS } from '../../../src/page/skip-link';
import { isCardHost, ownHosts, shadowOf } from '../../../src/page/card-element';

// jsdom marks every dispatched event untrusted: these tests stand in for the user.
vi.mock('../../../src/page/trusted-event', () => ({ isTrustedEvent: () => true }));

const PAGE = '<article><p>The council met on Tuesday.</p><p>It said little.</p></article>';
const host = () => ownHosts(document, 'nav')[0] ?? null;
const part = (name: string) => shadowOf(host())?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;

describe('skip link', () => {
  beforeEach(() => {
    host()?.remove();
    document.body.innerHTML = PAGE;
  });

  it.each([
    [3, 'Sourcelight: go to the statements (3)'],
    [1, 'Sourcelight: go to the statements (1)'],
  ])('with %i statements, sits before <body> and names their count', (count, text) => {
    const link = createSkipLink(document, () => undefined);
    link.update(count);
    expect(host()?.nextElementSibling).toBe(document.body);
    expect(isCardHost(host())).toBe(true);
    expect(part('skip')?.textContent).toBe(text);
    expect(part('skip')?.localName).toBe('button');
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('keeps one host across updates, and none once there is nothing to go to', () => {
    const link = createSkipLink(document, () => undefined);
    link.update(2);
    const first = host();
    link.update(5);
    expect(host()).toBe(first);
    expect(part('skip')?.textContent).toBe(DEFAULT_SKIP_LINK_LABELS.link(5));
    link.update(0);
    expect(host()).toBeNull();
  });

  it('updateLater: shows a new link at once, keeps a shown one until settle() or focus', () => {
    const link = createSkipLink(document, () => undefined);
    link.updateLater(2);
    expect(part('skip')?.textContent).toBe(DEFAULT_SKIP_LINK_LABELS.link(2));
    link.updateLater(7);
    expect(part('skip')?.textContent).toBe(DEFAULT_SKIP_LINK_LABELS.link(2));
    link.settle();
    expect(part('skip')?.textContent).toBe(DEFAULT_SKIP_LINK_LABELS.link(7));
    link.updateLater(9);
    part('skip')?.focus();
    expect(part('skip')?.textContent).toBe(DEFAULT_SKIP_LINK_LABELS.link(9));
    link.updateLater(11);
    link.remove();
    link.settle(); // what was pending went with the link
    expect(host()).toBeNull();
  });

  it('activates on a click (Enter and Space on a button)', () => {
    const activate = vi.fn();
    createSkipLink(document, activate).update(1);
    part('skip')?.click();
    expect(activate).toHaveBeenCalledOnce();
  });

  it('announces in a polite live region, and says a repeat again', () => {
    const link = createSkipLink(document, () => undefined);
    link.announce('before any link');
    expect(host()).toBeNull();
    link.update(2);
    const live = part('live');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.getAttribute('role')).toBe('status');
    link.announce(DEFAULT_SKIP_LINK_LABELS.announce(1, 2, 'Ana Lima'));
    expect(live?.textContent).toBe('Statement 1 of 2: Ana Lima');
    link.announce('Statement 1 of 2: Ana Lima');
    expect(live?.textContent?.trim()).toBe('Statement 1 of 2: Ana Lima');
    expect(live?.textContent).not.toBe('Statement 1 of 2: Ana Lima');
  });

  it('remove() takes every trace off the page', () => {
    const link = createSkipLink(document, () => undefined);
    link.update(4);
    link.remove();
    expect(document.documentElement.querySelector('[part]')).toBeNull();
    expect([...document.documentElement.children].map((el) => el.localName)).toEqual(['head', 'body']);
  });
});
