// The parsePage command where the background has no DOM (Chrome's service worker): the copy goes to an
// offscreen document (offscreen.ts), created on the first request and kept, since Chrome closes a
// DOM_PARSER document only when the extension does.
import browser from 'webextension-polyfill';
import type { BackgroundCommands } from '../shared/messages';
import type { OffscreenMessage } from '../shared/offscreen-messages';
import { isCopyParse, type CopyParse, type ParseCopyMessage } from '../shared/page-copy';

const DOCUMENT = 'src/background/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let creating: Promise<void> | null = null;
/**
 * The document was there at this worker's last look: a parse then goes straight to it, without asking
 * the browser first (a round trip on every page, while the page waits for the answer).
 */
let seen = false;

async function ensureDocument(api: OffscreenApi): Promise<void> {
  if (seen) return;
  if (await api.hasDocument?.()) return void (seen = true);
  creating ??= api
    .createDocument({
      url: DOCUMENT,
      reasons: ['DOM_PARSER'],
      justification: 'Finds the article in a copy of the page, off the page itself.',
    })
    // A second request that raced the first finds the document there (createDocument then throws).
    .catch(async (error: unknown) => {
      if (!(await api.hasDocument?.())) throw error;
    })
    .finally(() => (creating = null));
  await creating;
  seen = true;
}

/** The offscreen document's analysis ahead of the copy the frame `frame` sent this way (parseOffscreen). */
export async function aheadOffscreen(frame: string): Promise<unknown> {
  const ask: OffscreenMessage = { type: 'aheadForFrame', payload: { frame } };
  return browser.runtime.sendMessage(ask);
}

/** Whether this background parses copies in an offscreen document (Chrome's service worker). */
export const hasOffscreen = (): boolean => offscreen !== undefined;

/** Makes the offscreen document ready (Chrome), for a page that will send its copy straight to it. */
export async function openOffscreen(): Promise<void> {
  if (offscreen) await ensureDocument(offscreen);
}

/**
 * The frame `frame`'s copy parsed in the offscreen document, which analyses its text too (in the answer
 * for a marked copy, after it for a parsed one: aheadOffscreen), with its core kept hot for the copies
 * pages send it directly; only the first article page of a session, before the document is made, or one
 * whose document went away since, comes this way.
 */
export async function parseOffscreen(
  request: BackgroundCommands['parsePage']['request'],
  frame: string,
): Promise<CopyParse> {
  if (!offscreen) throw new Error('parsePage: no offscreen documents here');
  const message: ParseCopyMessage = {
    type: 'parseCopy',
    payload: { html: request.html, marked: request.marked === true, frame },
  };
  const send = async (): Promise<CopyParse> => {
    await ensureDocument(offscreen);
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!isCopyParse(reply)) throw new Error('parsePage: no answer from the offscreen document');
    return reply;
  };
  if (!seen) return send();
  // Sent without looking: if no document answered (gone since, or another extension page took the
  // message), look and send once more.
  return send().catch(() => {
    seen = false;
    return send();
  });
}
