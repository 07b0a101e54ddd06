// Buttons of Sourcelight's UI act for the user only: a page's synthetic click() or dispatched click is
// untrusted and ignored (Enter and Space on a focused button make a trusted click).
import { isTrustedEvent } from './trusted-event';

/** A listener that runs `action` for the user's own events only. */
export function onlyTrusted(action: () => void): (event: Event) => void {
  return (event) => {
    if (isTrustedEvent(event)) action();
  };
}
