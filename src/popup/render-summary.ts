// The sourcing summary: how many statements rest on named people, organizations, unnamed sources,
// and (when there are any) on unresolved mentions ("she") or no attribution at all.
import { el } from './el';
import type { Translate } from '../ui/localize';
import type { SourcingSummary } from '../shared/sourcing-summary';

export function renderSummary(doc: Document, summary: SourcingSummary, t: Translate): Node {
  const rows: [string, number][] = [
    ['summaryPeople', summary.people],
    ['summaryOrganizations', summary.organizations],
    ['summaryUnnamed', summary.unnamed],
  ];
  if (summary.unresolved > 0) rows.push(['summaryUnresolved', summary.unresolved]);
  if (summary.unattributed > 0) rows.push(['summaryUnattributed', summary.unattributed]);
  const named = summary.people + summary.organizations;
  return el(doc, 'div', { className: 'summary' }, [
    el(doc, 'p', {}, [t('summaryNamedShare', [String(named), String(summary.total)])]),
    el(
      doc,
      'dl',
      { className: 'counts' },
      rows.flatMap(([key, count]) => [
        el(doc, 'dt', {}, [t(key)]),
        el(doc, 'dd', { attrs: { 'data-count': key } }, [String(count)]),
      ]),
    ),
  ]);
}
