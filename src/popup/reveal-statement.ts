// The side panel follows the page: the statement whose card opened there is unfolded, scrolled into
// view and marked (aria-current), and becomes the list's Tab stop; the keyboard focus stays where it is.
import { resetRovingFocus } from './roving-focus';

/** Marks `id`'s entry in `list`; false where it is not in the list (another speaker in focus, a filter). */
export function revealStatement(list: HTMLElement, id: string): boolean {
  for (const marked of list.querySelectorAll('[aria-current]')) marked.removeAttribute('aria-current');
  const entry = [...list.querySelectorAll<HTMLElement>('[data-statement-id]')].find(
    (candidate) => candidate.dataset.statementId === id,
  );
  if (!entry) return false;
  const group = entry.closest('details');
  if (group) group.open = true;
  entry.setAttribute('aria-current', 'true');
  resetRovingFocus(list, id);
  // 'nearest': an entry already in view (the one the reader just chose here) does not make the list jump.
  entry.scrollIntoView?.({ block: 'nearest' });
  return true;
}
