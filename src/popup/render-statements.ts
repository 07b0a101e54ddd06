// Statements grouped by speaker. Each entry is a button (keyboard operable) carrying the testing
// hooks data-statement-id and data-speaker; activating it asks the page to show the statement.
import type { SpeakerType, Statement, StatementKind } from '../core/types';
import { SPEAKER_PALETTE } from '../shared/speaker-colors';
import { el } from './el';
import type { SpeakerGroup } from './group-by-speaker';
import type { Translate } from '../ui/localize';

export const SPEAKER_TYPE_KEYS: Readonly<Record<SpeakerType, string>> = {
  person: 'speakerTypePerson',
  organization: 'speakerTypeOrganization',
  unnamed: 'speakerTypeUnnamed',
  unknown: 'speakerTypeUnknown',
};

const KIND_KEYS: Readonly<Record<StatementKind, string>> = {
  direct: 'kindDirect',
  indirect: 'kindIndirect',
  mixed: 'kindMixed',
};

function statementMeta(statement: Statement, t: Translate): string {
  const parts = [t(KIND_KEYS[statement.kind] ?? 'kindIndirect')];
  if (statement.cue) parts.push(t('statementCue', statement.cue.text));
  if (statement.outlet) parts.push(t('statementOutlet', statement.outlet));
  return parts.join(' · ');
}

function renderEntry(
  doc: Document,
  statement: Statement,
  t: Translate,
  onSelect: (id: string) => void,
): Node {
  const button = el(
    doc,
    'button',
    {
      className: 'statement',
      attrs: {
        type: 'button',
        'data-statement-id': statement.id,
        'data-speaker': statement.speaker?.name ?? '',
      },
    },
    [
      el(doc, 'span', { className: 'statement-text' }, [statement.text]),
      el(doc, 'span', { className: 'statement-meta' }, [statementMeta(statement, t)]),
    ],
  );
  button.addEventListener('click', () => onSelect(statement.id));
  return el(doc, 'li', {}, [button]);
}

export function groupName(group: SpeakerGroup, t: Translate): string {
  return group.name ?? t('speakerUnattributed');
}

function renderGroup(doc: Document, group: SpeakerGroup, t: Translate, onSelect: (id: string) => void): Node {
  const count = group.statements.length;
  const meta = [
    group.role,
    t(SPEAKER_TYPE_KEYS[group.type] ?? 'speakerTypeUnknown'),
    count === 1 ? t('statementCountOne') : t('statementCountMany', String(count)),
  ].filter((part): part is string => Boolean(part));
  const section = el(doc, 'section', { className: 'group', attrs: { 'data-speaker-type': group.type } }, [
    el(doc, 'h3', {}, [groupName(group, t)]),
    el(doc, 'p', { className: 'group-meta' }, [meta.join(' · ')]),
    el(
      doc,
      'ul',
      { className: 'statements' },
      group.statements.map((s) => renderEntry(doc, s, t, onSelect)),
    ),
  ]);
  // The entries' edge wears the colour of the speaker's highlights on the page.
  section.style.setProperty('--speaker', SPEAKER_PALETTE[group.color] ?? null);
  return section;
}

export function renderStatements(
  doc: Document,
  groups: readonly SpeakerGroup[],
  t: Translate,
  onSelect: (id: string) => void,
): Node {
  if (groups.length === 0) return el(doc, 'p', { className: 'muted' }, [t('filterNoMatch')]);
  return el(
    doc,
    'div',
    { className: 'groups' },
    groups.map((g) => renderGroup(doc, g, t, onSelect)),
  );
}

/** Fills the two filter selects; keeps a still-valid choice selected. */
export function renderFilterOptions(
  doc: Document,
  speakerSelect: HTMLSelectElement,
  typeSelect: HTMLSelectElement,
  groups: readonly SpeakerGroup[],
  types: readonly SpeakerType[],
  t: Translate,
): void {
  const option = (value: string, label: string) => el(doc, 'option', { attrs: { value } }, [label]);
  const speaker = speakerSelect.value;
  const type = typeSelect.value;
  speakerSelect.replaceChildren(
    option('all', t('filterAllSpeakers')),
    ...groups.map((g) => option(g.key, `${groupName(g, t)} (${g.statements.length})`)),
  );
  typeSelect.replaceChildren(
    option('all', t('filterAllTypes')),
    ...types.map((ty) => option(ty, t(SPEAKER_TYPE_KEYS[ty]))),
  );
  speakerSelect.value = groups.some((g) => g.key === speaker) ? speaker : 'all';
  typeSelect.value = types.includes(type as SpeakerType) ? type : 'all';
}
