// The parsePage command: Readability over a copy of a page, in a background that has a DOM (Firefox's
// event page), off the page's main thread; Readability's JIT-compiled code is kept between pages too.
// Chrome's service worker has no DOMParser: it refuses, and the page parses on its own.
import { parseCopy, readMarkedCopy } from '../page/parse-copy';
import type { BackgroundCommands } from '../shared/messages';
import type { CopyParse } from '../shared/page-copy';

type ParseRequest = BackgroundCommands['parsePage']['request'];

/** Rejects a malformed request, or where there is no DOM: the page then parses on its own. */
export async function parseForPage(request: ParseRequest): Promise<CopyParse> {
  if (typeof request?.html !== 'string') throw new TypeError('parsePage: expected { html: string }');
  if (typeof DOMParser !== 'function') throw new Error('parsePage: no DOM in this background');
  const start = performance.now();
  const parser = new DOMParser();
  const parseHtml = (html: string) => parser.parseFromString(html, 'text/html');
  const found = request.marked
    ? readMarkedCopy(request.html, parseHtml)
    : parseCopy(request.html, parseHtml, true);
  return { ...found, workMs: performance.now() - start };
}
