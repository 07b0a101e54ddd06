// Whether a click on the page may open a statement's card. Not in editable content (a CMS preview, a
// web editor, a form field): the card would take the focus and what the user types next would be lost.
// There the card opens from the panel or the keyboard command instead.
import { isTrustedEvent } from './trusted-event';

const FIELDS = 'input, textarea, select, [role="textbox"]';

/** Whether `target` is, or is inside, something the user types into. */
export function isEditableTarget(target: EventTarget | null): boolean {
  const node = target as Node | null;
  const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (!element) return false;
  if ((element as HTMLElement).isContentEditable || element.ownerDocument.designMode === 'on') return true;
  // The nearest contenteditable decides (a "false" island inside an editor is not editable).
  const owner = element.closest('[contenteditable]');
  if (owner && owner.getAttribute('contenteditable') !== 'false') return true;
  return element.closest(FIELDS) !== null;
}

/** A user's click outside editable content. */
export function mayOpenCard(event: Event): boolean {
  return isTrustedEvent(event) && !isEditableTarget(event.target);
}
