// Injected at document_start, before the detector's document_idle entry: on what already looks like an
// article, the analyzer (the session module: Readability and the page layer) starts loading while the
// page is still being read, so that the pass the entry starts at document_idle does not wait for it.
// Both scripts share the extension's content-script world, so the entry takes the module loaded here
// (early-session.ts), unless the build keeps the session in the entry's own script (off: vite.config.ts).
// The detector looks once the <head> is in (og:type, JSON-LD: most news pages say so there), else once
// the document is parsed; a page it rejects loads nothing. Once the settings read says the pass runs
// here, the highlights' paint comes in too (early-styles.ts).
import type { Browser } from 'webextension-polyfill';
import { detectArticle } from '../page/detect-article';
import type { BackgroundMessage } from '../shared/messages';
import { isSiteDisabled } from '../shared/normalize-settings';
import { copyTransport } from './copy-transport';
import { dropEarlyCopy, startEarlyCopy } from './early-copy';
import { watchFirstFrame } from './early-frame';
import { markEarly } from './early-marks';
import { preloadSession, SESSION_INJECTED } from './early-session';
import { startEarlySettings } from './early-settings';
import { adoptEarlyStyles } from './early-styles';

let started = false;

function preloadIfArticle(): void {
  const start = performance.now();
  if (started || !detectArticle(document)) return;
  started = true;
  markEarly('detect', start);
  // Firefox names the API `browser`, Chrome `chrome` (promise-based in MV3 either way).
  const api =
    (globalThis as { browser?: Browser; chrome?: Browser }).browser ??
    (globalThis as { chrome?: Browser }).chrome;
  // Chrome's background injects the analyzer (background/inject-session.ts); Firefox imports it in time.
  const inject =
    SESSION_INJECTED && api
      ? () => api.runtime.sendMessage({ type: 'injectSession', payload: {} } satisfies BackgroundMessage)
      : undefined;
  preloadSession(inject);
  watchFirstFrame();
  if (!api?.storage) return;
  const settings = startEarlySettings(api.storage);
  const read = performance.now();
  // Unknown until the read answers, which waits behind the page's own work (its first layout, its
  // DOMContentLoaded): the copy does not wait for it, the background checks the settings itself.
  let runs: boolean | null = null;
  settings.then(
    (stored) => {
      markEarly('settings', read);
      runs = stored.autoRun && !isSiteDisabled(location.hostname, stored.disabledSites);
      // The paint comes in while little of the page is parsed, for Chromium to restyle (early-styles.ts).
      if (runs) adoptEarlyStyles(document, stored.colorScheme === 'high-contrast');
      else dropEarlyCopy();
    },
    () => undefined,
  );
  // The background parses a copy of the page (locate-in-background.ts) and analyses its article's text,
  // sent once the document is parsed, unless the settings are known by then not to let the pass run.
  afterParsing(() => {
    if (runs === false) return;
    startEarlyCopy(
      document,
      copyTransport((message) => api.runtime.sendMessage(message), runs === null),
    );
  });
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
