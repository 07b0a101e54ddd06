// Always injected, so kept tiny: decide whether the page is an article (≤ 1 ms elsewhere), answer the
// message contract, and load the analyzer (core + Readability + page layer) with import() only when
// the page is an article or the user asks for a run.
import browser from 'webextension-polyfill';
import { detectArticle } from '../page/detect-article';
import { answerContent, isContentMessage, type BackgroundMessage } from '../shared/messages';
import { isSiteDisabled } from '../shared/normalize-settings';
import { createAutoRun } from './auto-run';
import { takeEarlyMarks } from './early-marks';
import { contentHandlers } from './content-handlers';
import { answerAfter, answerDelay, reportsState } from './frame-answer';
import { isOrphaned, listenUntil } from './orphan';
import { createPageStore, type ReportedChange } from './page-store';
import { createSessionSlot } from './session-slot';
import { createSettingsReader } from './settings-reader';
import { measure, measurePart } from './timing';

/** Tells the background (the badge) and so an open popup; a failure here is how an orphan learns it is one. */
function reportChanged(change: ReportedChange, stop: () => void): void {
  const message = { type: 'reportChanged', payload: change } satisfies BackgroundMessage;
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    if (isOrphaned() || String(error).includes('Extension context invalidated')) stop();
  });
}

export function run(signal: AbortSignal, stop: () => void): void {
  const start = performance.now();
  const evidence = detectArticle(document);
  measure('detect', start);

  const top = window === window.top;
  const store = createPageStore(
    () => location.href,
    (change) => {
      if (reportsState(top, change.state)) reportChanged(change, stop);
    },
  );
  const settings = createSettingsReader();
  const slot = createSessionSlot(
    {
      doc: document,
      store,
      settings: settings.current,
      onNavigated: () => void navigated(),
      isAlive: () => !isOrphaned(),
      onOrphaned: stop,
    },
    settings.load,
    signal,
  );
  const blockedHere = (): boolean => isSiteDisabled(location.hostname, settings.current().disabledSites);

  const auto = createAutoRun({ store, settings, slot, blockedHere, signal }, evidence);
  const navigated = async (): Promise<void> => (isOrphaned() ? stop() : auto.navigated());

  const handlers = contentHandlers(slot, store);
  listenUntil(signal, browser.runtime.onMessage, (message: unknown) => {
    if (isOrphaned()) return void stop();
    if (!isContentMessage(message)) return undefined;
    const delay = answerDelay(top, store.state, () => document.querySelector('iframe') !== null);
    return delay === null ? undefined : answerAfter(delay, () => answerContent(handlers, message));
  });
  settings.follow(signal, () => {
    if (blockedHere()) void slot.loaded()?.then((session) => session.setActive(false));
  });

  // Non-articles stop here: no storage read, no analyzer (a late article is watched for).
  if (!evidence) return void auto.run();
  // Reported now rather than once the analyzer has loaded: the message also wakes a stopped background
  // (~0.1 s), which then overlaps the settings read, the analyzer's import() and the extraction.
  store.enter('analyzing');
  for (const [name, from, to] of takeEarlyMarks()) measurePart(`early-${name}`, from, to - from);
  // The analyzer loads while the settings are read, not after: on an article page it is almost always
  // wanted (auto-run is the default), and loading it is the longest wait of the pass.
  slot.preload();
  // A diagnostic for the bench (sourcelight-part:*, recorded only when asked): when the settings came.
  void settings.load().then(() => {
    measurePart('settings', start);
    if (!signal.aborted) return auto.run();
  });
}

const controller = new AbortController();
run(controller.signal, () => controller.abort());
