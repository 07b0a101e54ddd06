// Always injected, so kept tiny: decide whether the page is an article (≤ 1 ms elsewhere), answer the
// message contract, and load the analyzer (core + Readability + page layer) with import() only when
// the page is an article or the user asks for a run.
import browser from 'webextension-polyfill';
import { detectArticle } from '../page/detect-article';
import { isContentMessage, type ContentMessage, type PageReport, type PageState } from '../shared/messages';
import { isSiteDisabled, normalizeSettings } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { readSettings } from './read-settings';
import type * as SessionModule from './session';
import { measure } from './timing';

/** The extension was reloaded or removed: this script is an orphan and must leave no trace. */
function isOrphaned(): boolean {
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

export function run(signal: AbortSignal, stop: () => void): void {
  const start = performance.now();
  let evidence = detectArticle(document);
  measure('detect', start);

  let settings: Settings = DEFAULT_SETTINGS;
  let session: Promise<SessionModule.Session> | null = null;
  let idle: PageState = evidence ? 'analyzing' : 'not-article';

  const sendReport = (report: PageReport): void => {
    const count = report.analysis?.statements.length ?? 0;
    browser.runtime
      .sendMessage({ type: 'reportChanged', payload: { state: report.state, count } })
      .catch((error: unknown) => {
        if (isOrphaned() || String(error).includes('Extension context invalidated')) stop();
      });
  };

  let settingsRead: Promise<void> | null = null;
  const loadSettings = (): Promise<void> =>
    (settingsRead ??= readSettings().then((read) => {
      settings = read;
    }));

  let sessionModule: Promise<typeof SessionModule> | null = null;
  const loadSessionModule = () => (sessionModule ??= import('./session'));

  const loadSession = (): Promise<SessionModule.Session> =>
    (session ??= Promise.all([loadSessionModule(), loadSettings()]).then(([{ createSession }]) => {
      const created = createSession({
        doc: document,
        settings: () => settings,
        onReport: sendReport,
        onNavigated: () => void onNavigated(),
        isAlive: () => !isOrphaned(),
        onOrphaned: stop,
      });
      signal.addEventListener('abort', () => created.dispose());
      return created;
    }));

  const blockedHere = (): boolean => isSiteDisabled(location.hostname, settings.disabledSites);

  const autoRun = async (): Promise<void> => {
    if (!evidence) return sendReport({ url: location.href, state: 'not-article', analysis: null });
    if (!settings.autoRun || blockedHere()) {
      idle = blockedHere() ? 'disabled' : 'not-article';
      return sendReport({ url: location.href, state: idle, analysis: null });
    }
    await (await loadSession()).run();
  };

  const onNavigated = async (): Promise<void> => {
    if (isOrphaned()) return stop();
    evidence = detectArticle(document);
    if (session) (await session).dispose();
    session = null;
    idle = evidence ? 'analyzing' : 'not-article';
    await autoRun();
  };

  const answer = async (message: ContentMessage): Promise<unknown> => {
    switch (message.type) {
      case 'getReport':
        return session ? (await session).report() : { url: location.href, state: idle, analysis: null };
      case 'analyzeNow':
        return (await loadSession()).run();
      case 'showStatement':
        return { shown: session ? await (await session).show(message.payload.id) : false };
      case 'stepStatement':
        return { shown: session ? await (await session).step(message.payload.direction) : false };
      case 'setActive':
        return (await loadSession()).setActive(message.payload.active);
    }
  };

  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (isOrphaned()) return void stop();
    return isContentMessage(message) ? answer(message) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => quietly(() => browser.runtime.onMessage.removeListener(listener)));

  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync') return;
    const next: Record<string, unknown> = { ...settings };
    for (const [key, change] of Object.entries(changes)) next[key] = change.newValue;
    settings = normalizeSettings(next);
    if (session && blockedHere()) void session.then((s) => s.setActive(false));
  };
  browser.storage.onChanged.addListener(onSettings);
  signal.addEventListener('abort', () => quietly(() => browser.storage.onChanged.removeListener(onSettings)));

  // Non-articles stop here: no storage read, no analyzer.
  if (!evidence) return sendReport({ url: location.href, state: 'not-article', analysis: null });
  // Reported now rather than once the analyzer has loaded: the message also wakes a stopped background
  // (~0.1 s), which then overlaps the settings read, the analyzer's import() and the extraction.
  sendReport({ url: location.href, state: idle, analysis: null });
  // The analyzer loads while the settings are read, not after: on an article page it is almost always
  // wanted (auto-run is the default), and loading it is the longest wait of the pass.
  loadSessionModule().catch(() => undefined);
  void loadSettings().then(() => {
    if (!signal.aborted) return autoRun();
  });
}

const controller = new AbortController();
run(controller.signal, () => controller.abort());
