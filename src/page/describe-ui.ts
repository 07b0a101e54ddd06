// What Sourcelight shows on the page, read from inside the closed shadow roots only this script holds: the
// testing contract's view of the card and the keyboard link (the page's own scripts see neither).
import type { UiState } from '../shared/ui-state';
import { ownHosts, shadowOf } from './card-element';

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Whether anything of `host` or its shadow tree has a box and is not hidden. */
function visible(host: HTMLElement, shadow: ShadowRoot): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected || host.hidden) return false;
  return [host, ...shadow.querySelectorAll('*')].some((node) => {
    const style = view.getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  });
}

function describeCard(doc: Document): UiState['card'] {
  const host = ownHosts(doc, 'card')[0];
  const shadow = shadowOf(host ?? null);
  if (!host || !shadow) return { present: false, open: false, text: '', parts: {}, html: '' };
  const parts: Record<string, string> = {};
  for (const node of shadow.querySelectorAll('[part]')) {
    const name = node.getAttribute('part') ?? '';
    parts[name] ??= squash(node.textContent);
  }
  return {
    present: true,
    open: visible(host, shadow),
    text: squash(shadow.textContent),
    parts,
    html: shadow.innerHTML,
  };
}

function describeNav(doc: Document): UiState['nav'] {
  const host = ownHosts(doc, 'nav')[0];
  const shadow = shadowOf(host ?? null);
  const link = shadow?.querySelector('[part="skip"]');
  if (!host || !shadow || !link)
    return { present: false, focused: false, text: '', box: null, live: '', html: '' };
  const r = link.getBoundingClientRect();
  return {
    present: true,
    focused: doc.activeElement === host && shadow.activeElement === link,
    text: link.textContent ?? '',
    box: { width: r.width, height: r.height, top: r.top, left: r.left },
    live: squash(shadow.querySelector('[part="live"]')?.textContent),
    html: shadow.innerHTML,
  };
}

export function describeUi(doc: Document): UiState {
  return { card: describeCard(doc), nav: describeNav(doc) };
}
