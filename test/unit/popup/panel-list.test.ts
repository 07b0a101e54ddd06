// @vitest-environment jsdom
// The panel's list: cast chips that focus one speaker (in the list, and by ids for the page), a second
// press or clearFocus() to show all, and one Tab stop with arrow keys inside the list.
import { describe, expect, it, vi } from 'vitest';
import { createPanelList } from '../../../src/popup/panel-list';
import { summarizeAnalysis } from '../../../src/shared/statement-pages';
import { speaker, statement, translate as t } from '../fixtures';

function setUp() {
  document.body.innerHTML = '<div id="cast"></div><select id="type"></select><div id="statements"></div>';
  const parts = {
    cast: document.getElementById('cast')!,
    typeSelect: document.getElementById('type') as HTMLSelectElement,
    statements: document.getElementById('statements')!,
  };
  const events = { onSelect: vi.fn(), onFocus: vi.fn() };
  const list = createPanelList(document, parts, t, events);
  const ana = speaker('Ana Ruiz');
  const statements = [
    statement(ana, 'taxes will fall'),
    statement(speaker('Bo Lin'), 'the bridge is safe'),
    statement(ana, 'the budget is balanced'),
    statement(null, 'the plan failed'),
  ];
  list.show(statements);
  const chips = () => [...parts.cast.querySelectorAll<HTMLButtonElement>('[data-cast]')];
  const shown = () =>
    [...parts.statements.querySelectorAll<HTMLElement>('[data-statement-id]')].map(
      (e) => e.dataset.statementId,
    );
  return { parts, events, list, statements, chips, shown };
}

describe('the cast list', () => {
  it('has one chip per speaker, most-quoted first, the unattributed last and muted', () => {
    const { chips } = setUp();
    expect(
      chips().map((c) => [c.querySelector('.chip-name')?.textContent, c.classList.contains('chip-muted')]),
    ).toEqual([
      ['Ana Ruiz', false],
      ['Bo Lin', false],
      [t('speakerUnattributed'), true],
    ]);
    expect(chips().map((c) => c.querySelector('.chip-count')?.textContent)).toEqual(['2', '1', '1']);
    expect(chips().every((c) => c.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('a chip shows only that speaker, here and (by ids) on the page; again, or clearFocus, shows all', () => {
    const { chips, shown, events, statements, list } = setUp();
    chips()[0]?.click();
    expect(shown()).toEqual([statements[0]?.id, statements[2]?.id]);
    expect(chips()[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(events.onFocus).toHaveBeenLastCalledWith([statements[0]?.id, statements[2]?.id]);
    chips()[0]?.click();
    expect(shown()).toHaveLength(4);
    expect(events.onFocus).toHaveBeenLastCalledWith(null);
    chips()[1]?.click();
    expect(list.clearFocus()).toBe(true);
    expect(shown()).toHaveLength(4);
    expect(list.clearFocus()).toBe(false);
  });
});

describe('roving focus', () => {
  const key = (target: Element, name: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

  it('leaves one Tab stop in the list and moves with the arrow keys, Home and End', () => {
    const { parts } = setUp();
    const items = () => [...parts.statements.querySelectorAll<HTMLElement>('summary, [data-statement-id]')];
    expect(items().filter((i) => i.tabIndex === 0)).toHaveLength(1);
    items()[0]?.focus();
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(items().at(-1));
    key(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(items()[0]);
    expect(items().filter((i) => i.tabIndex === 0)).toEqual([items()[0]]);
  });

  it('skips the entries of a folded group', () => {
    const { parts } = setUp();
    const groups = [...parts.statements.querySelectorAll('details')];
    groups[0]!.open = false;
    const first = parts.statements.querySelector<HTMLElement>('summary')!;
    first.focus();
    key(first, 'ArrowDown');
    expect(document.activeElement).toBe(groups[1]?.querySelector('summary'));
  });
});

describe('the side panel follows the card open on the page', () => {
  const marked = (parts: ReturnType<typeof setUp>['parts']) =>
    [...parts.statements.querySelectorAll<HTMLElement>('[aria-current="true"]')].map(
      (e) => e.dataset.statementId,
    );

  it('marks the opened statement, unfolds its group and makes it the Tab stop, one at a time', () => {
    const { parts, list, statements } = setUp();
    const second = statements[1]!.id;
    const group = parts.statements
      .querySelector<HTMLElement>(`[data-statement-id="${second}"]`)!
      .closest('details')!;
    group.open = false;
    list.reveal(second);
    expect(marked(parts)).toEqual([second]);
    expect(group.open).toBe(true);
    expect(parts.statements.querySelector<HTMLElement>(`[data-statement-id="${second}"]`)?.tabIndex).toBe(0);
    list.reveal(statements[3]!.id);
    expect(marked(parts)).toEqual([statements[3]!.id]);
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps the mark across a filter, and drops it for a new analysis', () => {
    const { parts, list, statements, chips } = setUp();
    list.reveal(statements[2]!.id);
    chips()[0]?.click();
    expect(marked(parts)).toEqual([statements[2]!.id]);
    chips()[1]?.click();
    expect(marked(parts)).toEqual([]);
    chips()[1]?.click();
    expect(marked(parts)).toEqual([statements[2]!.id]);
    list.show(statements);
    expect(marked(parts)).toEqual([]);
  });

  it('an id not in the list marks nothing', () => {
    const { parts, list } = setUp();
    list.reveal('nowhere');
    expect(marked(parts)).toEqual([]);
  });
});

describe('a long analysis, sent a page at a time', () => {
  /** 7 of Ana's statements and 3 of Bo's on the page; the report sent the first 4 of them in text order. */
  function setUpPaged() {
    const base = setUp();
    const ana = speaker('Ana Ruiz');
    const bo = speaker('Bo Lin');
    const all = Array.from({ length: 10 }, (_, i) => statement(i % 3 === 1 ? bo : ana));
    const speakers = summarizeAnalysis(all).speakers;
    const load = vi.fn(async (key: string, from: number) => {
      const mine = all.filter((s) => `id:${s.speaker?.id}` === key);
      return { statements: mine.slice(from, from + 2), total: mine.length };
    });
    const speakerOf = async (id: string) => {
      const named = all.find((s) => s.id === id);
      return named ? `id:${named.speaker?.id}` : null;
    };
    base.list.show(all.slice(0, 4), {}, { speakers, load, speakerOf });
    const inGroup = (name: string) =>
      [...base.parts.statements.querySelectorAll<HTMLElement>(`[data-speaker="${name}"]`)].map(
        (e) => e.dataset.statementId,
      );
    const moreOf = (i: number) =>
      base.parts.statements.querySelectorAll('details')[i]?.querySelector<HTMLButtonElement>('[data-more]');
    return { ...base, all, load, inGroup, moreOf, ana: all.filter((s) => s.speaker === ana) };
  }

  it('counts every statement, lists those sent, and offers the rest', () => {
    const { chips, inGroup, moreOf, ana } = setUpPaged();
    expect(chips().map((c) => c.querySelector('.chip-count')?.textContent)).toEqual(['7', '3']);
    expect(inGroup('Ana Ruiz')).toEqual(ana.slice(0, 3).map((s) => s.id));
    expect(moreOf(0)?.textContent).toBe(t('groupMore', ['3', '7']));
  });

  it("asks the page for the group's next statements, once at a time, and lists them after", async () => {
    const { load, inGroup, moreOf, ana } = setUpPaged();
    moreOf(0)!.click();
    moreOf(0)!.click();
    await vi.waitFor(() => expect(inGroup('Ana Ruiz')).toHaveLength(5));
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(`id:${ana[0]!.speaker!.id}`, 3);
    expect(inGroup('Ana Ruiz')).toEqual(ana.slice(0, 5).map((s) => s.id));
  });

  it('focuses a group it has only part of on the page by its key', () => {
    const { chips, events, ana } = setUpPaged();
    chips()[0]?.click();
    expect(events.onFocus).toHaveBeenLastCalledWith(
      ana.slice(0, 3).map((s) => s.id),
      `id:${ana[0]!.speaker!.id}`,
    );
  });

  it("a card opened on a statement not listed yet: its speaker's pages come until it is, and it is marked", async () => {
    const { list, load, inGroup, ana, parts } = setUpPaged();
    const last = ana.at(-1)!.id;
    list.reveal(last);
    await vi.waitFor(() => expect(inGroup('Ana Ruiz')).toContain(last));
    expect(load).toHaveBeenCalledTimes(2);
    expect(parts.statements.querySelector('[aria-current="true"]')?.getAttribute('data-statement-id')).toBe(
      last,
    );
  });
});
