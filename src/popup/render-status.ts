// The popup's state line: loading, restricted pages, "not an article", off for this site, nothing found.
import { el } from './el';
import type { Translate } from '../ui/localize';
import { languageName } from './language-name';
import type { PopupView } from './popup-view';

const RESTRICTED_KEYS = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  'not-running': 'restrictedNotRunning',
  unknown: 'restrictedUnknown',
} as const;

export interface StatusActions {
  /** "Analyse anyway" on pages the detector did not take for an article. */
  readonly analyzeNow: () => void;
}

export interface StatusContext {
  /** The user chose "only when I ask": an unanalysed page is waiting for them, not a non-article. */
  readonly onDemand: boolean;
}

/** The status content for a view; null when the analysis itself says everything. */
export function renderStatus(
  doc: Document,
  view: PopupView,
  t: Translate,
  actions: StatusActions,
  context: StatusContext = { onDemand: false },
): Node | null {
  const message = (key: string, extra?: string) =>
    el(doc, 'p', { attrs: { 'data-state': view.kind } }, [t(key, extra)]);
  switch (view.kind) {
    case 'loading':
      return message('stateLoading');
    case 'restricted':
      return el(doc, 'div', {}, [
        el(doc, 'p', { className: 'status-title', attrs: { 'data-state': 'restricted' } }, [
          t('restrictedTitle'),
        ]),
        el(doc, 'p', {}, [t(RESTRICTED_KEYS[view.reason])]),
      ]);
    case 'not-article': {
      const label = context.onDemand ? 'analyzeNow' : 'analyzeAnyway';
      const button = el(doc, 'button', { attrs: { type: 'button', id: 'analyze-now' } }, [t(label)]);
      button.addEventListener('click', actions.analyzeNow);
      return el(doc, 'div', {}, [message(context.onDemand ? 'stateOnDemand' : 'stateNotArticle'), button]);
    }
    case 'disabled':
      return message('stateDisabled');
    case 'error':
      return message('stateError', view.report.error ?? '');
    case 'empty':
      return message('stateEmpty');
    case 'nothing-found':
      return message('stateNothingFound');
    case 'other-language': {
      // "This page is in German; …" where the language has a name, a sentence without one otherwise.
      const name = languageName(view.code, t('localeCode') || 'en');
      return name ? message('stateOtherLanguage', name) : message('stateOtherLanguageUnnamed');
    }
    default:
      return null;
  }
}
