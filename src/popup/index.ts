// The toolbar popup: fetches the tab's report over the message contract and renders it.
// Every browser call is here; what to show and how is decided in the pure modules beside it.
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import { isBackgroundMessage } from '../shared/messages';
import { normalizeSettings } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { exportFile } from './export-file';
import { EXPORT_FORMATS } from './export-text';
import { filterGroups, typesPresent, type GroupFilter } from './filter-groups';
import { groupBySpeaker } from './group-by-speaker';
import { localize, type Translate } from '../ui/localize';
import { viewFor, type PopupView } from './popup-view';
import { renderArticle } from './render-article';
import { renderCredits } from './render-credits';
import { renderFilterOptions, renderStatements } from './render-statements';
import { renderStatus } from './render-status';
import { renderSummary } from './render-summary';
import { hostOf, isEnabledOn, setEnabledOn } from './site-switch';
import { summarizeSourcing } from './sourcing-summary';
import { findTarget, requestReport, sendToTab, type Target } from './tab-messenger';

/** How often to ask again while the page is still analysing, and for how long before giving up. */
const POLL_INTERVAL_MS = 250;
const POLL_LIMIT = 120; // 30 s: the slowest pages we measured take a few seconds

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let target: Target = { tabId: null, url: undefined };
let view: PopupView = { kind: 'loading' };
let filter: GroupFilter = { speaker: 'all', type: 'all' };
let settings: Settings = DEFAULT_SETTINGS;

function renderList(): void {
  if (view.kind !== 'ready') return;
  const groups = groupBySpeaker(view.analysis.statements);
  renderFilterOptions(document, $('filter-speaker'), $('filter-type'), groups, typesPresent(groups), t);
  const shown = filterGroups(groups, filter);
  $('statements').replaceChildren(renderStatements(document, shown, t, showStatement));
}

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

  $('article-section').hidden = analysis === null;
  $('credits-section').hidden = analysis === null;
  $('summary-section').hidden = next.kind !== 'ready';
  $('statements-section').hidden = next.kind !== 'ready';
  $('export-section').hidden = next.kind !== 'ready';
  if (analysis) {
    $('article').replaceChildren(renderArticle(document, analysis.article, t, browser.i18n.getUILanguage()));
    $('credits').replaceChildren(renderCredits(document, analysis.article.credits, t));
    $('summary').replaceChildren(renderSummary(document, summarizeSourcing(analysis.statements), t));
  }
  renderList();
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
  const error = $('site-switch-error');
  error.hidden = true;
  try {
    await setEnabledOn(host, enabled);
  } catch {
    // Nothing was saved: put the switch back and say so.
    ($('site-switch') as HTMLInputElement).checked = !enabled;
    error.textContent = t('siteSwitchFailed');
    error.hidden = false;
    return;
  }
  try {
    const report = await sendToTab(target, { type: 'setActive', payload: { active: enabled } });
    await settle(viewFor({ report }));
  } catch {
    render(viewFor({ failed: true, url: target.url }));
  }
}

function showStatement(id: string): void {
  sendToTab(target, { type: 'showStatement', payload: { id } }).catch(() =>
    render(viewFor({ failed: true, url: target.url })),
  );
}

/** Renders, and while the page is still analysing asks again until it has an answer. */
async function settle(first: PopupView): Promise<void> {
  let next = first;
  for (let attempt = 0; next.kind === 'loading' && attempt < POLL_LIMIT; attempt++) {
    render(next);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    next = viewFor(await requestReport(target, 'getReport'));
  }
  render(next);
  document.body.dataset.ready = 'true';
}

async function load(type: 'getReport' | 'analyzeNow'): Promise<void> {
  if (type === 'analyzeNow') render({ kind: 'loading' });
  await settle(viewFor(await requestReport(target, type)));
  // The "Analyse" button that had focus is gone: move focus to what it produced, for keyboard users.
  if (type === 'analyzeNow') focusResult();
}

function focusResult(): void {
  const target = view.kind === 'ready' ? $('statements-heading') : $('status');
  target.tabIndex = -1;
  target.focus();
}

async function runExport(action: 'copy' | 'download'): Promise<void> {
  if (view.kind !== 'ready') return;
  const chosen = ($('export-format') as HTMLSelectElement).value;
  const format = EXPORT_FORMATS.find((known) => known === chosen) ?? 'markdown';
  const status = await exportFile(document, action, format, view.analysis, view.report.url, t);
  $('export-status').textContent = status;
}

async function loadSettings(): Promise<void> {
  settings = normalizeSettings(await browser.storage.sync.get().catch(() => ({})));
  document.documentElement.dataset.scheme = settings.colorScheme;
}

function wire(): void {
  const onFilter = () => {
    filter = {
      speaker: ($('filter-speaker') as HTMLSelectElement).value,
      type: ($('filter-type') as HTMLSelectElement).value as GroupFilter['type'],
    };
    renderList();
  };
  $('filter-speaker').addEventListener('change', onFilter);
  $('filter-type').addEventListener('change', onFilter);
  $('export-copy').addEventListener('click', () => void runExport('copy'));
  $('export-download').addEventListener('click', () => void runExport('download'));
  $('site-switch').addEventListener('change', (event) => {
    void toggleSite((event.target as HTMLInputElement).checked);
  });
  // The page re-analysed (e.g. after "Analyse anyway" from the context menu): show the new result.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== target.tabId) return undefined;
    if (isBackgroundMessage(message) && message.type === 'reportChanged' && view.kind !== 'ready') {
      void load('getReport');
    }
    return undefined;
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
  await load('getReport');
}

void main();
