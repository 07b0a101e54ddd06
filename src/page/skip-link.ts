// The keyboard's way in: a "Statements" link the first Tab reaches, shown only while it has focus, and a
// live region that tells screen readers which statement (and whose) the keyboard moved to. Both live in
// the closed shadow root of one plain element (see card-element.ts), a fixed child of <html> placed before
// <body> (first in the tab order, out of the page's flow): the page's own text and layout stay as they were,
// and the page can neither read the live region nor press the link.
import { adoptStyle } from './adopt-style';
import { cardElement as el, createCardHost } from './card-element';
import { SKIP_LINK_CSS } from './skip-link-style';
import { onlyTrusted } from './only-trusted';

export interface SkipLinkLabels {
  /** "Sourcelight: go to the statements (12)": the link's text. */
  readonly link: (count: number) => string;
  /** "Statement 3 of 12: Jens Stoltenberg": what a step of the keyboard announces. */
  readonly announce: (index: number, count: number, speaker: string) => string;
}

export const DEFAULT_SKIP_LINK_LABELS: SkipLinkLabels = {
  link: (count) => `Sourcelight: go to the statements (${count})`,
  announce: (index, count, speaker) => `Statement ${index} of ${count}: ${speaker}`,
};

export interface SkipLink {
  /** Shows the link for `count` statements on the page (0 takes it off the page). */
  update(count: number): void;
  /**
   * A count that will change again shortly (a huge article is painted section by section): a link not on
   * the page yet shows it at once; one already there keeps its text until it gets focus or `settle()`.
   * Each write of the text repaints every highlight on the page in Chromium (30 ms on a 5 MB article).
   */
  updateLater(count: number): void;
  /** Shows the count last given to updateLater, if the link does not show it yet. */
  settle(): void;
  /** Whether the link is on the page. */
  shown(): boolean;
  /** Says `text` to screen readers (politely: after what they are reading). */
  announce(text: string): void;
  remove(): void;
}

/** The host, its link and its live region; `onActivate` runs on Enter, Space or a click on the link. */
function build(doc: Document, onActivate: () => void, onFocus: () => void) {
  // delegatesFocus: focus given back to the host (the card does so when it closes) lands on the link.
  const { host, shadow } = createCardHost(doc, 'nav', { delegatesFocus: true });
  adoptStyle(doc, shadow, SKIP_LINK_CSS);
  const link = el(doc, 'button', '', 'skip');
  link.type = 'button';
  link.addEventListener('click', onlyTrusted(onActivate));
  // Focus is when the link is seen (and its name read out): it says the latest count from then on.
  link.addEventListener('focus', onFocus);
  const live = el(doc, 'div', '', 'live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(link, live);
  return { host, link, live };
}

export function createSkipLink(
  doc: Document,
  onActivate: () => void,
  labels: SkipLinkLabels = DEFAULT_SKIP_LINK_LABELS,
): SkipLink {
  let parts: ReturnType<typeof build> | null = null;
  /** The count updateLater gave and the link does not show yet. */
  let pending: number | null = null;
  const settle = (): void => {
    if (pending !== null) show(pending);
  };
  const attach = (): ReturnType<typeof build> => {
    parts ??= build(doc, onActivate, settle);
    const root = doc.documentElement;
    if (!parts.host.isConnected)
      root.insertBefore(parts.host, doc.body?.parentNode === root ? doc.body : null);
    return parts;
  };
  const remove = (): void => {
    pending = null;
    parts?.host.remove();
    parts = null;
  };
  const show = (count: number): void => {
    pending = null;
    if (count === 0) return remove();
    const { link } = attach();
    // Only when it reads otherwise: each change to the page's DOM makes the browser repaint every
    // highlight (on a huge article, a pass over the whole page), and a refresh comes every second.
    const text = labels.link(count);
    if (link.textContent !== text) link.textContent = text;
  };
  return {
    update: show,
    updateLater(count) {
      if (!parts || count === 0) return show(count);
      pending = count;
    },
    settle,
    shown: () => parts?.host.isConnected === true,
    announce(text) {
      // Only while there is a link: announcements are about the statements it leads to.
      if (!parts) return;
      const { live } = parts;
      // The same words twice in a row are still news (the reader stepped round to the same statement).
      live.textContent = live.textContent === text ? `${text}\u00a0` : text;
    },
    remove,
  };
}
