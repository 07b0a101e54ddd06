// The wire services and outlets the article credits, each with the phrases that credit it.
import type { Credit, CreditType } from '../core/types';
import { el } from './el';
import type { Translate } from '../ui/localize';

const CREDIT_TYPE_KEYS: Readonly<Record<CreditType, string>> = {
  'news agency': 'creditTypeAgency',
  outlet: 'creditTypeOutlet',
  'unnamed outlets': 'creditTypeUnnamed',
  reporter: 'creditTypeReporter',
  editor: 'creditTypeEditor',
};

export function renderCredits(doc: Document, credits: readonly Credit[], t: Translate): Node {
  if (credits.length === 0) return el(doc, 'p', { className: 'muted' }, [t('creditsNone')]);
  return el(
    doc,
    'ul',
    { className: 'credits' },
    credits.map((credit) =>
      el(doc, 'li', { className: 'credit' }, [
        el(doc, 'span', { className: 'credit-name' }, [credit.name]),
        ' ',
        el(doc, 'span', { className: 'tag' }, [t(CREDIT_TYPE_KEYS[credit.type] ?? 'creditTypeOutlet')]),
        credit.evidence.length > 0
          ? el(
              doc,
              'ul',
              { className: 'evidence' },
              credit.evidence.map((phrase) => el(doc, 'li', {}, [el(doc, 'q', {}, [phrase])])),
            )
          : null,
      ]),
    ),
  );
}
