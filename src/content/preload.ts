// Injected at document_start, before the detector's document_idle entry: on what already looks like an
// article, the analyzer (the session module: Readability and the page layer) starts loading while the
// page is still being read, so that the pass the entry starts at document_idle does not wait for it.
// Both scripts share the extension's content-script world, so the entry's import() of the same URL gets
// the module loaded (or loading) here. The detector looks once the <head> is in (og:type, JSON-LD: most
// news pages say so there), else once the document is parsed; a page it rejects loads nothing.
import type { Browser } from 'webextension-polyfill';
import { detectArticle } from '../page/detect-article';
import type { BackgroundMessage } from '../shared/messages';
import { isSiteDisabled } from '../shared/normalize-settings';
import { startEarlyCopy } from './early-copy';
import { preloadSession } from './early-session';
import { startEarlySettings } from './early-settings';

let started = false;

function preloadIfArticle(): void {
  if (started || !detectArticle(document)) return;
  started = true;
  preloadSession();
  // Firefox names the API `browser`, Chrome `chrome` (promise-based in MV3 either way).
  const api =
    (globalThis as { browser?: Browser; chrome?: Browser }).browser ??
    (globalThis as { chrome?: Browser }).chrome;
  if (!api?.storage) return;
  const settings = startEarlySettings(api.storage);
  // The background parses a copy of the page (locate-in-background.ts) and analyses its article's text,
  // sent once the document is parsed, if the settings let the pass run by itself.
  afterParsing(() =>
    settings.then(
      (read) => {
        if (!read.autoRun || isSiteDisabled(location.hostname, read.disabledSites)) return;
        startEarlyCopy(document, (html, marked) =>
          api.runtime.sendMessage({
            type: 'parsePage',
            payload: { html, marked },
          } satisfies BackgroundMessage),
        );
      },
      () => undefined,
    ),
  );
}

/** Runs `then` once the document is parsed (now, if it is). */
function afterParsing(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

/** Runs `check` once the parser has reached <body> (the head is complete), and again at DOMContentLoaded. */
function whenHeadAndDocument(check: () => void): void {
  if (document.readyState !== 'loading') return check();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    check();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.disconnect();
      check();
    },
    { once: true },
  );
}

whenHeadAndDocument(preloadIfArticle);
