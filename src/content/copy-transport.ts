// How a page's copy goes to be parsed (early-copy.ts's CopyTransport): to the background (parsePage,
// then analysisAhead), or in Chrome straight to the offscreen document that parses it (parseInOffscreen,
// aheadInOffscreen: background/offscreen.ts), skipping the service worker's hop each way. Where no
// offscreen document answers (the first article page of a session, before the worker made one), the copy
// goes to the background as before. Free of the polyfill, so the document_start script can use it too.
import type { BackgroundMessage } from '../shared/messages';
import type { OffscreenMessage } from '../shared/offscreen-messages';
import { isCopyParse } from '../shared/page-copy';
import type { CopyTransport } from './early-copy';

/** True where the build's background parses copies in an offscreen document (Chrome's). Absent in tests. */
declare const SOURCELIGHT_OFFSCREEN_COPIES: boolean | undefined;

export const OFFSCREEN_COPIES =
  typeof SOURCELIGHT_OFFSCREEN_COPIES === 'boolean' && SOURCELIGHT_OFFSCREEN_COPIES;

type Send = (message: BackgroundMessage | OffscreenMessage) => Promise<unknown>;

/**
 * `send`: the runtime's sendMessage; `early`: the copy goes before the page read its settings (the
 * parser then checks them); `direct`: to the offscreen document first.
 */
export function copyTransport(send: Send, early: boolean, direct = OFFSCREEN_COPIES): CopyTransport {
  const toBackground = (html: string, marked: boolean) =>
    send({ type: 'parsePage', payload: { html, marked, ...(early && { early }) } });
  const askBackground = () => send({ type: 'analysisAhead', payload: {} });
  if (!direct) return { send: toBackground, askAhead: askBackground };
  // Settles once the direct copy was answered (true) or the background was sent it instead (false).
  let answered: Promise<boolean> = Promise.resolve(false);
  return {
    send: (html, marked) => {
      const reply = send({ type: 'parseInOffscreen', payload: { html, marked, ...(early && { early }) } })
        .then((got) => (isCopyParse(got) ? got : null))
        .catch(() => null);
      const instead = reply.then((got) => (got ? null : toBackground(html, marked)));
      answered = reply.then((got) => got !== null);
      return instead.then((fallback) => fallback ?? reply);
    },
    direct: () => answered,
    // Asked at once with the copy, as the background's is (early-copy.ts): answered once it is made.
    askAhead: () => {
      const ahead = send({ type: 'aheadInOffscreen', payload: {} }).catch(() => null);
      return answered.then((yes) => (yes ? ahead : askBackground()));
    },
  };
}
