// The open card's keyboard and pointer rules: Tab cycles inside it, Escape closes it, a press outside
// closes it; only the user's own events count (a page can dispatch untrusted ones). All listeners go with
// `signal` when the card closes.
import { shadowOf } from './card-element';
import { isTrustedEvent } from './trusted-event';

/** Tab and Shift+Tab cycle inside the open card rather than leaving it open behind the page. */
function trapTab(event: KeyboardEvent, shadow: ShadowRoot): void {
  const focusable = [...shadow.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.key !== 'Tab' || !first || !last) return;
  const current = shadow.activeElement;
  const leaving = event.shiftKey ? current === first || !current?.matches('button') : current === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

export function closeOnEscapeOrOutside(
  doc: Document,
  host: HTMLElement,
  onClose: () => void,
  signal: AbortSignal,
): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      const shadow = shadowOf(host);
      if (event.key === 'Tab' && shadow && event.composedPath().includes(host)) trapTab(event, shadow);
      if (event.key !== 'Escape' || !isTrustedEvent(event)) return;
      event.stopPropagation();
      onClose();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (isTrustedEvent(event) && !event.composedPath().includes(host)) onClose();
    },
    { capture: true, signal },
  );
}
