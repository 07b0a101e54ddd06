// A content script outlives its extension when the extension is reloaded or removed: it is then an
// orphan, whose extension APIs may throw on any call, and it must leave no trace.
import browser from 'webextension-polyfill';

export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** An orphan's extension APIs may throw on any call: cleanup goes on regardless. */
function quietly(work: () => void): void {
  try {
    work();
  } catch {
    // The context is gone; there is nothing left to unregister from.
  }
}

interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Listens to a browser event until `signal` aborts. */
export function listenUntil<L>(signal: AbortSignal, event: BrowserEvent<L>, listener: L): void {
  event.addListener(listener);
  signal.addEventListener('abort', () => quietly(() => event.removeListener(listener)));
}
