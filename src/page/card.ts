// The statement card: a <sourcelight-card-…> element (see card-element.ts) with an open shadow root (page CSS cannot reach in, tests can),
// placed next to the passage and kept inside the viewport. Keyboard: focus moves in when it opens,
// Escape closes it and focus returns; a click elsewhere closes it. Page text only ever goes in as text.
import type { Statement } from '../core/types';
import { cardElement as el, createCardHost } from './card-element';
import { DEFAULT_CARD_LABELS, type CardLabels } from './card-labels';
import { speakerBlock } from './card-speaker';
import { CARD_CSS } from './card-style';
import { isTrustedEvent } from './trusted-event';

export { DEFAULT_CARD_LABELS, type CardLabels };

export interface CardContent {
  readonly statement: Statement;
  readonly publisher: string | null;
  /** 1-based place among the same speaker's statements, and their count. */
  readonly index: number;
  readonly count: number;
  /** The statement only continues an earlier one's speaker (it names no one itself). */
  readonly continued?: boolean;
}

export interface CardActions {
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onClose: () => void;
}

/** The card's look: follow the system, force light or dark, or high contrast. */
export type CardScheme = 'auto' | 'light' | 'dark' | 'high-contrast';

export interface Card {
  readonly element: HTMLElement;
  close(): void;
}

/** Longest statement excerpt shown; the highlight on the page shows the rest. */
const EXCERPT_CHARS = 280;
/** Gap between the passage and the card, and between the card and the viewport edge. */
const GAP_PX = 8;

function adoptStyle(doc: Document, shadow: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; a <style> is the fallback.
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el(doc, 'style', CARD_CSS));
  }
}

function buildBody(
  doc: Document,
  content: CardContent,
  labels: CardLabels,
  actions: CardActions,
): HTMLElement {
  const { statement } = content;
  const box = el(doc, 'div', undefined, 'card');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', labels.dialog);
  box.tabIndex = -1;
  const header = el(doc, 'div', undefined, 'header');
  const speaker = speakerBlock(doc, statement.speaker, content.continued ?? false, labels);
  const close = el(doc, 'button', '×', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
  close.addEventListener('click', actions.onClose);
  header.append(speaker.heading, close);
  box.append(header, ...speaker.lines);
  if (statement.cue) box.append(el(doc, 'p', labels.cue(statement.cue.text), 'cue'));
  box.append(el(doc, 'p', labels.kinds[statement.kind], 'kind'));
  if (statement.outlet) box.append(el(doc, 'p', labels.outlet(statement.outlet), 'outlet'));
  else if (content.publisher) box.append(el(doc, 'p', labels.publisher(content.publisher), 'publisher'));
  const excerpt =
    statement.text.length > EXCERPT_CHARS
      ? `${statement.text.slice(0, EXCERPT_CHARS).trimEnd()}…`
      : statement.text;
  box.append(el(doc, 'blockquote', excerpt, 'text'));
  const nav = el(doc, 'div', undefined, 'nav');
  const previous = el(doc, 'button', `‹ ${labels.previous}`, 'previous');
  const next = el(doc, 'button', `${labels.next} ›`, 'next');
  previous.type = next.type = 'button';
  previous.disabled = content.index <= 1;
  next.disabled = content.index >= content.count;
  previous.addEventListener('click', actions.onPrevious);
  next.addEventListener('click', actions.onNext);
  nav.append(previous, el(doc, 'span', labels.position(content.index, content.count), 'position'), next);
  box.append(nav);
  return box;
}

/** Keeps the card beside the passage: below it where there is room, else above, always in view. */
function place(host: HTMLElement, passage: Range): void {
  const view = host.ownerDocument.defaultView;
  // Without layout (jsdom) there is nothing to measure: the card stays where CSS puts it.
  if (!view || typeof passage.getBoundingClientRect !== 'function') return;
  const rect = passage.getBoundingClientRect();
  const { width, height } = host.getBoundingClientRect();
  const maxLeft = Math.max(GAP_PX, view.innerWidth - width - GAP_PX);
  const maxTop = Math.max(GAP_PX, view.innerHeight - height - GAP_PX);
  const below = rect.bottom + GAP_PX;
  const top = below + height <= view.innerHeight - GAP_PX ? below : rect.top - height - GAP_PX;
  host.style.setProperty('--sourcelight-left', `${Math.min(Math.max(GAP_PX, rect.left), maxLeft)}px`);
  host.style.setProperty('--sourcelight-top', `${Math.min(Math.max(GAP_PX, top), maxTop)}px`);
}

/** Opens a card next to `passage`; close() removes it and returns focus where it was. */
export function openCard(
  doc: Document,
  passage: Range,
  content: CardContent,
  actions: CardActions,
  labels: CardLabels = DEFAULT_CARD_LABELS,
  scheme: CardScheme = 'auto',
): Card {
  const host = createCardHost(doc);
  if (scheme !== 'auto') host.setAttribute('data-scheme', scheme);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyle(doc, shadow);
  const body = buildBody(doc, content, labels, actions);
  shadow.append(body);
  const returnFocus = doc.activeElement as HTMLElement | null;
  const controller = new AbortController();
  const { signal } = controller;
  doc.documentElement.append(host);
  place(host, passage);
  body.focus({ preventScroll: true });
  const view = doc.defaultView;
  let frame = 0;
  const follow = (): void => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place(host, passage);
    });
  };
  view?.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  view?.addEventListener('resize', follow, { passive: true, signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isTrustedEvent(event)) return;
      event.stopPropagation();
      actions.onClose();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (isTrustedEvent(event) && !event.composedPath().includes(host)) actions.onClose();
    },
    { capture: true, signal },
  );
  return {
    element: host,
    close() {
      if (signal.aborted) return;
      const hadFocus = host.matches(':focus-within') || doc.activeElement === host;
      controller.abort();
      if (frame && view) view.cancelAnimationFrame(frame);
      host.remove();
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    },
  };
}
