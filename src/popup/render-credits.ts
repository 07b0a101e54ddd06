// The wire services and outlets the article credits, each shown once, with the phrases that credit it
// where those say more than the name itself ("reported by Reuters" does; a phrase that is the name does not).
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

/** Case, spacing and punctuation do not make two names or a name and a phrase different. */
const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** One entry per name (the first type wins), with the evidence that adds something to the name. */
function shownCredits(credits: readonly Credit[]): Credit[] {
  const byName = new Map<string, Credit>();
  for (const credit of credits) {
    const key = fold(credit.name);
    const known = byName.get(key);
    const evidence = [...(known?.evidence ?? []), ...credit.evidence];
    byName.set(key, { ...(known ?? credit), evidence });
  }
  return [...byName.entries()].map(([key, credit]) => {
    const seen = new Set([key]);
    const evidence = credit.evidence.filter((phrase) => {
      const folded = fold(phrase);
      if (seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
    return { ...credit, evidence };
  });
}

export function renderCredits(doc: Document, credits: readonly Credit[], t: Translate): Node {
  if (credits.length === 0) return el(doc, 'p', { className: 'muted' }, [t('creditsNone')]);
  return el(
    doc,
    'ul',
    { className: 'credits' },
    shownCredits(credits).map((credit) =>
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
