// Chrome: the analyzer (the session, as a classic script) goes into a frame the preload found an article
// in, through chrome.scripting instead of the page's import() of a web-accessible module. That import's
// request, its redirect from the dynamic URL, its response and its evaluation each waited behind the
// page's own tasks (scripts/module-load-phases.ts: the redirect alone reached the main thread 52-153 ms
// later on slow pages); an injection is one task in the frame. Only article pages get it: the detector's
// entry script stays small on every other page.
import browser from 'webextension-polyfill';
import { INJECTED_SESSION_FILE } from './injected-session-file';

/** The frame that asked; `documentId` (Chrome 106+) pins its document, so a frame navigated meanwhile gets nothing. */
export interface InjectTarget {
  readonly tabId: number;
  readonly frameId: number;
  readonly documentId?: string;
}

export async function injectSession({ tabId, frameId, documentId }: InjectTarget): Promise<void> {
  if (!browser.scripting) throw new Error('injectSession: no scripting API');
  await browser.scripting.executeScript({
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [INJECTED_SESSION_FILE],
    // Without it Chrome waits for the frame's document_idle, which is when the pass wants it already.
    injectImmediately: true,
  });
}
