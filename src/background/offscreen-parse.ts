// The parsePage command where the background has no DOM (Chrome's service worker): the copy goes to an
// offscreen document (offscreen.ts), created on the first request and kept, since Chrome closes a
// DOM_PARSER document only when the extension does.
import browser from 'webextension-polyfill';
import type { BackgroundCommands } from '../shared/messages';
import type { CopyParse, ParseCopyMessage } from '../shared/page-copy';

const DOCUMENT = 'src/background/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let creating: Promise<void> | null = null;

async function ensureDocument(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
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
}

export async function parseOffscreen(
  request: BackgroundCommands['parsePage']['request'],
): Promise<CopyParse> {
  if (!offscreen) throw new Error('parsePage: no offscreen documents here');
  await ensureDocument(offscreen);
  const message: ParseCopyMessage = {
    type: 'parseCopy',
    payload: { html: request.html, marked: request.marked === true },
  };
  return (await browser.runtime.sendMessage(message)) as CopyParse;
}
