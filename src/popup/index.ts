// The toolbar popup: fetches the tab's report over the message contract and renders it.
// Every browser call is here; what to show and how is decided in the pure modules beside it.
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import { normalizeSettings } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { exportReport } from './export-file';
import { followActiveTab } from './follow-tab';
import { localize, memoTranslate, type Translate } from '../ui/localize';
import { listenToPage } from './page-events';
import { createPanelList, type PanelList } from './panel-list';
import { viewFor, type PopupView, type ViewContext } from './popup-view';
import { renderArticle } from './render-article';
import { renderCredits } from './render-credits';
import { renderStatus } from './render-status';
import { renderSummary } from './render-summary';
import { pagingFor, summaryOf } from './report-paging';
import { saveSwitch } from './save-switch';
import { hostOf, isEnabledOn, setEnabledOn } from './site-switch';
import { findTarget, requestReport, sendToTab, tabLoading, type Target } from './tab-messenger';

/** How often to ask again while the page is still analysing, and for how long before giving up. */
const POLL_INTERVAL_MS = 250;
const POLL_LIMIT = 120; // 30 s: the slowest pages we measured take a few seconds
/** A content script starts a moment after the page does: silence this soon after opening means "not yet". */
const STARTUP_GRACE_MS = 1500;

const t: Translate = memoTranslate((key, substitutions) => browser.i18n.getMessage(key, substitutions));
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let target: Target = { tabId: null, url: undefined };
let view: PopupView = { kind: 'loading' };
let settings: Settings = DEFAULT_SETTINGS;
let list: PanelList | null = null;
const opened = performance.now();

function render(next: PopupView): void {
  view = next;
  const report = 'report' in next ? next.report : undefined;
  const analysis = next.kind === 'ready' || next.kind === 'empty' ? next.analysis : null;
  const status = renderStatus(
    document,
    next,
    t,
    { analyzeNow: () => void load('analyzeNow') },
    { onDemand: !settings.autoRun },
  );
  $('status').replaceChildren(...(status ? [status] : []));
  $('status').hidden = status === null;

  $('about-section').hidden = analysis === null;
  $('statements-section').hidden = next.kind !== 'ready';
  $('export-section').hidden = next.kind !== 'ready';
  if (analysis) {
    const { sourcing } = summaryOf(report, analysis);
    $('about-title').textContent = analysis.article.title ?? t('articleUntitled');
    $('about-line').textContent = t('summaryNamedShare', [
      String(sourcing.people + sourcing.organizations),
      String(sourcing.total),
    ]);
    $('article').replaceChildren(renderArticle(document, analysis.article, t, browser.i18n.getUILanguage()));
    $('credits').replaceChildren(renderCredits(document, analysis.article.credits, t));
    $('summary').replaceChildren(renderSummary(document, sourcing, t));
  }
  if (next.kind === 'ready') {
    const paging = pagingFor(next.report, next.analysis, () => target);
    list?.show(next.analysis.statements, next.report.entryTimes, paging);
  }
  void renderSiteSwitch(report);
}

async function renderSiteSwitch(report: PageReport | undefined): Promise<void> {
  const host = hostOf(report);
  $('site-switch-label').hidden = host === null;
  if (host === null) return;
  ($('site-switch') as HTMLInputElement).checked = await isEnabledOn(host);
}

async function toggleSite(enabled: boolean): Promise<void> {
  const host = hostOf('report' in view ? view.report : undefined);
  if (host === null) return;
  const input = $<HTMLInputElement>('site-switch');
  const saved = () => setEnabledOn(host, enabled);
  if (!(await saveSwitch(input, $('site-switch-error'), saved, t('siteSwitchFailed')))) return;
  try {
    const report = await sendToTab(target, { type: 'setActive', payload: { active: enabled } });
    await settle(viewFor({ report }));
  } catch {
    render(viewFor({ failed: true, url: target.url }));
  }
}

function focusOnPage(ids: readonly string[] | null, speaker?: string): void {
  const payload = speaker === undefined ? { ids } : { ids, speaker };
  sendToTab(target, { type: 'focusStatements', payload }).catch(() => undefined);
}

function showStatement(id: string): void {
  sendToTab(target, { type: 'showStatement', payload: { id } }).catch(() =>
    render(viewFor({ failed: true, url: target.url })),
  );
}

/** What the popup knows besides the answer: whether the tab may simply not have started yet. */
async function contextNow(asked: boolean): Promise<ViewContext> {
  const early = performance.now() - opened < STARTUP_GRACE_MS;
  return { asked, pageLoading: early || (await tabLoading(target)) };
}

/** Renders, and while the page is still analysing (or starting) asks again until it has an answer. */
async function settle(first: PopupView, asked = false): Promise<void> {
  let next = first;
  for (let attempt = 0; next.kind === 'loading' && attempt < POLL_LIMIT; attempt++) {
    render(next);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    next = viewFor(await requestReport(target, 'getReport'), await contextNow(asked));
  }
  render(next);
  document.body.dataset.ready = 'true';
}

async function load(type: 'getReport' | 'analyzeNow'): Promise<void> {
  const asked = type === 'analyzeNow';
  if (asked) render({ kind: 'loading' });
  const result = await requestReport(target, type);
  await settle(viewFor(result, await contextNow(asked)), asked);
  // The "Analyze" button that had focus is gone: move focus to what it produced, for keyboard users.
  if (asked) focusResult();
}

function focusResult(): void {
  const target = view.kind === 'ready' ? $('statements-heading') : $('status');
  target.tabIndex = -1;
  target.focus();
}

async function runExport(action: 'copy' | 'download'): Promise<void> {
  if (view.kind !== 'ready') return;
  const chosen = $<HTMLSelectElement>('export-format').value;
  const shown = { report: view.report, analysis: view.analysis, target };
  $('export-status').textContent = await exportReport(document, action, chosen, shown, t);
}

async function loadSettings(): Promise<void> {
  settings = normalizeSettings(await browser.storage.sync.get().catch(() => ({})));
  document.documentElement.dataset.scheme = settings.colorScheme;
}

function wire(): void {
  list = createPanelList(
    document,
    { cast: $('cast'), typeSelect: $('filter-type'), statements: $('statements') },
    t,
    { onSelect: showStatement, onFocus: focusOnPage },
  );
  // Escape clears the speaker in focus (a second Escape closes the popup, as the browser does).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && list?.clearFocus()) event.preventDefault();
  });
  $('export-copy').addEventListener('click', () => void runExport('copy'));
  $('export-download').addEventListener('click', () => void runExport('download'));
  $('site-switch').addEventListener('change', (event) => {
    void toggleSite((event.target as HTMLInputElement).checked);
  });
  listenToPage(() => target.tabId, {
    // The page re-analysed (e.g. after "Analyse anyway" from the context menu): show the new result.
    reportChanged: () => {
      if (view.kind !== 'ready') void load('getReport');
    },
    // A card opened on the page, or the reader scrolled: the side panel beside it shows that statement.
    showing: (id) => list?.reveal(id),
  });
}

async function main(): Promise<void> {
  localize(document, t);
  // The language the strings actually came from (the locale files' own code), not the browser's.
  document.documentElement.lang = t('localeCode') || 'en';
  wire();
  render({ kind: 'loading' });
  await loadSettings();
  target = await findTarget(location.search);
  followActiveTab(
    location.search,
    () => target.tabId,
    () => void retarget(),
  );
  await load('getReport');
}

/** The side panel's tab changed (or reloaded): describe the tab now in front, from the start. */
async function retarget(): Promise<void> {
  target = await findTarget(location.search);
  render({ kind: 'loading' });
  await load('getReport');
}

void main();
