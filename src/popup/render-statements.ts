// Statements grouped by speaker, one section each (the entries: render-entry.ts); activating an entry
// asks the page to show the statement. Page text goes in as text only.
import { colorCss } from '../shared/speaker-colors';
import { isGroupOfPeople } from '../shared/speaker-identity';
import { el } from './el';
import { renderEntry, type EntryTimes } from './render-entry';
import { groupCount, groupLabel, type GroupType, type SpeakerGroup } from '../shared/group-by-speaker';
import type { Translate } from '../ui/localize';

const SPEAKER_TYPE_KEYS: Readonly<Record<GroupType, string>> = {
  person: 'speakerTypePerson',
  organization: 'speakerTypeOrganization',
  unnamed: 'speakerTypeUnnamed',
  unknown: 'speakerTypeUnknown',
  none: 'speakerTypeNone',
};

function groupMeta(group: SpeakerGroup, t: Translate): string {
  const count = groupCount(group);
  const parts = [
    group.role,
    // The two groups without a name say what they are in their heading already.
    group.name === null
      ? null
      : isGroupOfPeople({ type: group.type === 'none' ? 'unknown' : group.type, name: group.name })
        ? t('speakerTypePeople')
        : t(SPEAKER_TYPE_KEYS[group.type] ?? 'speakerTypeUnknown'),
    count === 1 ? t('statementCountOne') : t('statementCountMany', String(count)),
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** Where the page has more of the speaker's statements than the panel was sent: the button that asks. */
function moreEntry(doc: Document, group: SpeakerGroup, t: Translate): Node | null {
  const shown = group.statements.length;
  if (shown >= groupCount(group)) return null;
  const label = t('groupMore', [String(shown), String(groupCount(group))]);
  return el(doc, 'li', {}, [
    el(
      doc,
      'button',
      { className: 'group-more', attrs: { type: 'button', tabindex: '-1', 'data-more': group.key } },
      [label],
    ),
  ]);
}

/** One speaker's section (exported: the panel replaces one section when more of its statements come). */
export function renderGroup(
  doc: Document,
  group: SpeakerGroup,
  t: Translate,
  times: EntryTimes,
): HTMLDetailsElement {
  const muted = group.name === null;
  // A <details> per speaker: the reader folds away the speakers they are done with.
  const section = el(
    doc,
    'details',
    {
      className: muted ? 'group group-muted' : 'group',
      attrs: { 'data-speaker-type': group.type, 'data-group': group.key, open: '' },
    },
    [
      el(doc, 'summary', { attrs: { tabindex: '-1' } }, [
        el(doc, 'h3', {}, [groupLabel(group, t)]),
        el(doc, 'span', { className: 'group-meta' }, [groupMeta(group, t)]),
      ]),
      group.aliases.length > 0 &&
        el(doc, 'p', { className: 'group-aliases' }, [t('speakerAliases', group.aliases.join(', '))]),
      el(doc, 'ul', { className: 'statements' }, [
        ...group.statements.map((s) => renderEntry(doc, s, group, t, times)),
        moreEntry(doc, group, t),
      ]),
    ],
  );
  // The entries' edge wears the colour of the speaker's highlights on the page.
  section.style.setProperty('--speaker', colorCss(group.color));
  return section;
}

export function renderStatements(
  doc: Document,
  groups: readonly SpeakerGroup[],
  t: Translate,
  onSelect: (id: string) => void,
  times: EntryTimes = {},
  onMore: (key: string) => void = () => undefined,
): Node {
  if (groups.length === 0) return el(doc, 'p', { className: 'muted' }, [t('filterNoMatch')]);
  const root = el(
    doc,
    'div',
    { className: 'groups' },
    groups.map((g) => renderGroup(doc, g, t, times)),
  );
  // One listener for every entry: a 300-statement list would otherwise wire 300 (issue 11: < 100 ms).
  root.addEventListener('click', (event) => {
    const entry = (event.target as Element | null)?.closest?.<HTMLElement>(
      '[data-statement-id], [data-more]',
    );
    if (entry?.dataset.statementId !== undefined) onSelect(entry.dataset.statementId);
    if (entry?.dataset.more !== undefined) onMore(entry.dataset.more);
  });
  return root;
}

/** Fills the kind-of-source select; keeps a still-valid choice selected. */
export function renderTypeOptions(
  doc: Document,
  typeSelect: HTMLSelectElement,
  types: readonly GroupType[],
  t: Translate,
): void {
  const option = (value: string, label: string) => el(doc, 'option', { attrs: { value } }, [label]);
  const type = typeSelect.value;
  typeSelect.replaceChildren(
    option('all', t('filterAllTypes')),
    ...types.map((ty) => option(ty, t(SPEAKER_TYPE_KEYS[ty]))),
  );
  typeSelect.value = types.includes(type as GroupType) ? type : 'all';
}
