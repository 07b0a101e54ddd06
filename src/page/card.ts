// The statement card: a plain element with a closed shadow root (see card-element.ts: page CSS and scripts
// cannot reach in; tests ask the content script), placed next to the passage and kept inside the viewport. Keyboard: focus moves in when it opens,
// Escape closes it and focus returns; a click elsewhere closes it. Page text only ever goes in as text.
import type { Statement } from '../core/types';
import { adoptStyle } from './adopt-style';
import { cardElement as el, createCardHost } from './card-element';
import { DEFAULT_CARD_LABELS, type CardLabels } from './card-labels';
import { closeOnEscapeOrOutside } from './card-keys';
import { placeHost } from './card-place';
import { speakerBlock } from './card-speaker';
import { CARD_CSS } from './card-style';
import { pageIsDark } from './page-scheme';
import { onlyTrusted } from './only-trusted';

export { DEFAULT_CARD_LABELS, type CardLabels };

export interface CardContent {
  readonly statement: Statement;
  readonly publisher: string | null;
  /** 1-based place among the same speaker's statements, and their count. */
  readonly index: number;
  readonly count: number;
  /** The statement only continues an earlier one's speaker (it names no one itself). */
  readonly continued?: boolean;
  /** The speaker's highlight colour (a CSS colour): the card's accent. */
  readonly color?: string;
  /** Where the page names the speaker: the card keeps clear of it as of the passage. */
  readonly attribution?: readonly Range[];
  /** Only this speaker's highlights are shown (the card's "show only" is pressed). */
  readonly focused?: boolean;
}

export interface CardActions {
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onClose: () => void;
  /** "Show only <speaker>" and back; without it the card has no such button. */
  readonly onFocus?: () => void;
}

/** The card's look: follow the system, force light or dark, or high contrast. */
export type CardScheme = 'auto' | 'light' | 'dark' | 'high-contrast';

export interface Card {
  readonly element: HTMLElement;
  close(): void;
}

/** Longest statement excerpt shown; the highlight on the page shows the rest. */
const EXCERPT_CHARS = 280;

/** "Show only Stoltenberg" (pressed: the others' highlights dim), for a speaker with a name. */
function focusButton(
  doc: Document,
  content: CardContent,
  labels: CardLabels,
  actions: CardActions,
): HTMLElement | null {
  const { speaker } = content.statement;
  if (!actions.onFocus || !speaker || speaker.type === 'unknown') return null;
  const button = el(doc, 'button', labels.showOnly(speaker.name), 'focus');
  button.type = 'button';
  button.setAttribute('aria-pressed', String(content.focused ?? false));
  button.addEventListener('click', onlyTrusted(actions.onFocus));
  return button;
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
  close.addEventListener('click', onlyTrusted(actions.onClose));
  header.append(speaker.heading, close);
  box.append(header, ...speaker.lines);
  // "warned · reported speech": the article's own verb first, as the panel's entries have it, and no
  // jargon label in front.
  const kind = [statement.cue?.text, labels.kinds[statement.kind]].filter(Boolean).join(' · ');
  box.append(el(doc, 'p', kind, 'kind'));
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
  previous.addEventListener('click', onlyTrusted(actions.onPrevious));
  next.addEventListener('click', onlyTrusted(actions.onNext));
  nav.append(previous, el(doc, 'span', labels.position(content.index, content.count), 'position'), next);
  box.append(nav);
  const focus = focusButton(doc, content, labels, actions);
  if (focus) box.append(focus);
  box.append(el(doc, 'span', undefined, 'arrow'));
  return box;
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
  const { host, shadow } = createCardHost(doc);
  adoptStyle(doc, shadow, CARD_CSS);
  const body = buildBody(doc, content, labels, actions);
  // Inside the closed root, not on the host: nothing the page can read tells the scheme or the palette.
  // "auto" follows the page, not the system: a dark site gets a dark card.
  body.setAttribute('data-scheme', scheme !== 'auto' ? scheme : pageIsDark(doc) ? 'dark' : 'light');
  if (content.color) body.style.setProperty('--sourcelight-accent', content.color);
  shadow.append(body);
  const returnFocus = doc.activeElement as HTMLElement | null;
  const controller = new AbortController();
  const { signal } = controller;
  doc.documentElement.append(host);
  const attribution = content.attribution ?? [];
  placeHost(host, body, passage, attribution);
  body.focus({ preventScroll: true });
  const view = doc.defaultView;
  let frame = 0;
  const follow = (): void => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      placeHost(host, body, passage, attribution);
    });
  };
  view?.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  view?.addEventListener('resize', follow, { passive: true, signal });
  closeOnEscapeOrOutside(doc, host, actions.onClose, signal);
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
