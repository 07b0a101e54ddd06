// What the popup shows, decided from what the tab answered (or failed to answer). Pure, so every
// state is tested as a table; index.ts only fetches and renders.
import type { Analysis, PageReport } from '../shared/messages';

/** 'unknown': the tab's URL is hidden from us (Chrome shows it only with the tabs permission). */
export type RestrictedReason = 'browser-page' | 'web-store' | 'not-running' | 'unknown';

export type PopupView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'restricted'; readonly reason: RestrictedReason }
  | { readonly kind: 'not-article'; readonly report: PageReport }
  | { readonly kind: 'disabled'; readonly report: PageReport }
  | { readonly kind: 'error'; readonly report: PageReport }
  | { readonly kind: 'empty'; readonly report: PageReport; readonly analysis: Analysis }
  /** The article is not in English (`code`: its language where known): nothing is highlighted. */
  | { readonly kind: 'other-language'; readonly report: PageReport; readonly code: string | null }
  /** The reader asked ("Analyze anyway") and the run found nothing: say so, not the question again. */
  | { readonly kind: 'nothing-found'; readonly report: PageReport }
  | { readonly kind: 'ready'; readonly report: PageReport; readonly analysis: Analysis };

/** Stores where browsers forbid extensions to run, whatever the host permissions say. */
const WEB_STORE_PREFIXES: readonly string[] = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com/',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
];

/** Why no content script can answer on `url`, or null when one should. */
export function restrictionOf(url: string | undefined): RestrictedReason | null {
  if (url === undefined || url === '') return null;
  if (!/^https?:\/\//i.test(url)) return 'browser-page';
  const lower = url.toLowerCase();
  return WEB_STORE_PREFIXES.some((prefix) => lower.startsWith(prefix)) ? 'web-store' : null;
}

/** The answer to getReport: a report, or the tab's URL (if known) when sending failed. */
export type ReportResult =
  { readonly report: PageReport } | { readonly failed: true; readonly url: string | undefined };

/** What the popup knows besides the answer. */
export interface ViewContext {
  /** The tab is still loading (or the popup only just asked): a web page's silence means "not yet". */
  readonly pageLoading?: boolean;
  /** The answer is to the reader's own "Analyze anyway". */
  readonly asked?: boolean;
}

export function viewFor(result: ReportResult | null, context: ViewContext = {}): PopupView {
  if (result === null) return { kind: 'loading' };
  if ('failed' in result) {
    const reason = result.url ? (restrictionOf(result.url) ?? 'not-running') : 'unknown';
    // A content script that has not started yet is not a restriction: no "reload the page" flash.
    if (context.pageLoading && (reason === 'not-running' || reason === 'unknown')) return { kind: 'loading' };
    return { kind: 'restricted', reason };
  }
  const view = reportView(result.report);
  // ('empty' already says "No statements found", with the article's details.)
  return context.asked && view.kind === 'not-article'
    ? { kind: 'nothing-found', report: result.report }
    : view;
}

function reportView(report: PageReport): PopupView {
  switch (report.state) {
    case 'analyzing':
      return { kind: 'loading' };
    case 'not-article':
      return { kind: 'not-article', report };
    case 'disabled':
      return { kind: 'disabled', report };
    case 'error':
      return { kind: 'error', report };
    case 'ready': {
      const { analysis } = report;
      if (!analysis) return { kind: 'error', report };
      if (analysis.unsupportedLanguage)
        return { kind: 'other-language', report, code: analysis.unsupportedLanguage.code };
      return analysis.statements.length > 0
        ? { kind: 'ready', report, analysis }
        : { kind: 'empty', report, analysis };
    }
    default:
      return { kind: 'error', report };
  }
}
