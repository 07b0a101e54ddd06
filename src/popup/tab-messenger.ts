// The popup's line to the tab it describes: which tab (see tab-target.ts), and the contract's commands
// sent to its content script, each reply checked against its command's response before it is used.
import browser from 'webextension-polyfill';
import type { Statement } from '../core/types';
import { isContentReply, type ContentCommands, type ContentMessage } from '../shared/messages';
import type { ReportResult } from './popup-view';
import { tabIdFromSearch } from './tab-target';

export interface Target {
  readonly tabId: number | null;
  readonly url: string | undefined;
}

export async function findTarget(search: string): Promise<Target> {
  const fromQuery = tabIdFromSearch(search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return { tabId: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url };
}

/** Rejects when there is no tab, no content script, or an answer of the wrong shape. */
export async function sendToTab<K extends keyof ContentCommands>(
  target: Target,
  message: Extract<ContentMessage, { type: K }>,
): Promise<ContentCommands[K]['response']> {
  if (target.tabId === null) throw new Error('No tab to ask');
  const reply: unknown = await browser.tabs.sendMessage(target.tabId, message);
  if (!isContentReply(message.type, reply)) throw new Error(`No usable answer to ${message.type}`);
  return reply;
}

/** The tab's report, or that it could not be had (and the tab's URL, to say why). */
export async function requestReport(target: Target, type: 'getReport' | 'analyzeNow'): Promise<ReportResult> {
  try {
    return { report: await sendToTab(target, { type, payload: {} }) };
  } catch {
    return { failed: true, url: target.url };
  }
}

/** Whether the tab is still loading (its status needs no tabs permission, unlike its URL). */
export async function tabLoading(target: Target): Promise<boolean> {
  if (target.tabId === null) return false;
  const tab = await browser.tabs.get(target.tabId).catch(() => undefined);
  return tab?.status === 'loading';
}

/** Every statement of the tab's analysis, a page after another (exports need all; each reply is bounded). */
export async function requestAllStatements(target: Target): Promise<Statement[]> {
  const all: Statement[] = [];
  for (;;) {
    const page = await sendToTab(target, { type: 'getStatements', payload: { from: all.length } });
    all.push(...page.statements);
    if (page.statements.length === 0 || all.length >= page.total) return all;
  }
}
