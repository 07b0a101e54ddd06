// Only the user may drive Sourcelight's UI: a page can dispatch a keydown Escape, a pointerdown or a
// click of its own, but the browser marks those untrusted. One function, so that unit tests in jsdom
// (where every dispatched event is untrusted) can stand in for the user.

/** Whether the browser says the event came from the user. */
export function isTrustedEvent(event: Event): boolean {
  return event.isTrusted;
}
