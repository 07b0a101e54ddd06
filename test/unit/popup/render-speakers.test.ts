// @vitest-environment jsdom
// The panel's speakers: one group per entity with its aliases, unresolved mentions and low-confidence
// speakers said in words (never a bare "she" as a name).
import { describe, expect, it, vi } from 'vitest';
import { typesPresent } from '../../../src/popup/filter-groups';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { renderCast } from '../../../src/popup/render-cast';
import { renderStatements, renderTypeOptions } from '../../../src/popup/render-statements';
import { renderSummary } from '../../../src/popup/render-summary';
import { summarizeSourcing } from '../../../src/shared/sourcing-summary';
import { speaker, statement, translate as t, unresolved } from '../fixtures';

const mount = (node: Node): HTMLElement => {
  const root = document.createElement('div');
  root.append(node);
  return root;
};

describe('renderStatements: identity, aliases, confidence', () => {
  const mention = (text: string) => ({ start: 0, end: text.length, text });
  const meghan = speaker('Meghan Markle', 'person', 'Duchess of Sussex', {
    id: 'e1',
    aliases: ['the duchess', 'Meghan'],
  });
  const meghanByPronoun = { ...meghan, mention: mention('She'), confidence: 0.7 };
  // A quote with no cue of its own keeps the mention of the one it continues ("She"), which the note
  // must not present as what the article says at this passage.
  const meghanContinued = { ...meghanByPronoun, confidence: 0.5 };
  const statements = [
    statement(meghan, 'the visit was private'),
    statement(unresolved('she', 'e2'), 'the talks were long'),
    statement(meghanByPronoun, 'the children were well'),
    statement(meghanContinued, 'and the weather was kind', { cue: null }),
    statement(null, 'the palace was silent'),
  ];
  const root = mount(renderStatements(document, groupBySpeaker(statements), t, vi.fn()));
  const groups = [...root.querySelectorAll<HTMLElement>('.group')];
  const entry = (i: number) => root.querySelector<HTMLElement>(`[data-statement-id="${statements[i]?.id}"]`)!;

  it('shows one group per entity, then the unresolved and the unattributed groups, muted', () => {
    expect(
      groups.map((g) => [g.querySelector('h3')?.textContent, g.classList.contains('group-muted')]),
    ).toEqual([
      ['Meghan Markle', false],
      [t('groupUnresolved'), true],
      [t('speakerUnattributed'), true],
    ]);
    expect(groups.map((g) => g.dataset.speakerType)).toEqual(['person', 'unknown', 'none']);
    // The name-less groups say what they are in the heading; their meta line is only the count.
    expect(groups.map((g) => g.querySelector('.group-meta')?.textContent)).toEqual([
      ['Duchess of Sussex', t('speakerTypePerson'), t('statementCountMany', '3')].join(' · '),
      t('statementCountOne'),
      t('statementCountOne'),
    ]);
  });

  it('shows the aliases under the group heading, as text', () => {
    expect(groups[0]?.querySelector('.group-aliases')?.textContent).toBe(
      t('speakerAliases', 'the duchess, Meghan'),
    );
    expect(groups[1]?.querySelector('.group-aliases')).toBeNull();
  });

  const notes: [string, number, string, string | null][] = [
    ['a sure speaker has no note', 0, 'resolved', null],
    [
      'an unresolved "she" says so, and is never given as a name',
      1,
      'unresolved',
      t('statementUnresolved', 'she'),
    ],
    [
      'a pronoun says "probably" and what the article wrote',
      2,
      'probable',
      t('statementProbableMention', 'She'),
    ],
    ['a continuation says "probably" and why', 3, 'probable', t('statementProbableInherited')],
    ['no attribution has no note', 4, 'none', null],
  ];
  it.each(notes)('%s', (_name, index, standing, note) => {
    expect(entry(index).dataset.standing).toBe(standing);
    expect(entry(index).querySelector('.statement-note')?.textContent ?? null).toBe(note);
  });

  it('keeps the data-speaker hook a resolved name or empty, and adds the entity id', () => {
    expect([0, 1, 2, 4].map((i) => [entry(i).dataset.speaker, entry(i).dataset.speakerId])).toEqual([
      ['Meghan Markle', 'e1'],
      ['', 'e2'],
      ['Meghan Markle', 'e1'],
      ['', ''],
    ]);
  });

  it('names the cast chips and the kind-of-source options the same way, never with the bare mention', () => {
    const groupList = groupBySpeaker(statements);
    const cast = mount(renderCast(document, groupList, null, t, vi.fn()));
    expect([...cast.querySelectorAll('.chip-name')].map((c) => c.textContent)).toEqual([
      'Meghan Markle',
      t('groupUnresolved'),
      t('speakerUnattributed'),
    ]);
    // The chip may cut a long name short on screen; its title keeps the whole name.
    for (const c of cast.querySelectorAll('.chip-name')) expect(c.getAttribute('title')).toBe(c.textContent);
    const typeSelect = document.createElement('select');
    renderTypeOptions(document, typeSelect, typesPresent(groupList), t);
    expect([...typeSelect.options].map((o) => o.textContent)).toEqual([
      t('filterAllTypes'),
      t('speakerTypePerson'),
      t('speakerTypeUnknown'),
      t('speakerTypeNone'),
    ]);
  });
});

describe('renderSummary', () => {
  it('shows unresolved speakers only when there are any', () => {
    const root = mount(
      renderSummary(
        document,
        summarizeSourcing([statement(unresolved('she')), statement(speaker('A B'))]),
        t,
      ),
    );
    expect(root.querySelector('[data-count="summaryUnresolved"]')?.textContent).toBe('1');
    expect(root.textContent).toContain(t('summaryNamedShare', ['1', '2']));
  });
});
