// @vitest-environment jsdom
// A live blog's statements carry their entry's time in the panel (PageReport.entryTimes): a <time> with
// the page's datetime, before the statement's meta line; statements without one show none.
import { describe, expect, it, vi } from 'vitest';
import { createPanelList } from '../../../src/popup/panel-list';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { renderStatements } from '../../../src/popup/render-statements';
import { speaker, statement, translate as t } from '../fixtures';

const ana = speaker('Ana Ruiz');
const statements = [statement(ana, 'the ferry runs again'), statement(ana, 'the storm has passed')];

/** [case, datetime given for the first statement, the label shown] */
const ROWS: [string, string, string][] = [
  ['a datetime', '2026-01-08T09:12', new Date('2026-01-08T09:12').toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })],
  ['a value that is no date', 'this morning', 'this morning'],
]; // prettier-ignore

const timesIn = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('[data-statement-id]')].map((entry) => {
    const time = entry.querySelector('.statement-meta time');
    return time && [time.getAttribute('datetime'), time.textContent];
  });

describe('entry times in the panel', () => {
  it.each(ROWS)('%s', (_case, datetime, label) => {
    const root = document.createElement('div');
    root.append(
      renderStatements(document, groupBySpeaker(statements), t, vi.fn(), { [statements[0]!.id]: datetime }),
    );
    expect(timesIn(root)).toEqual([[datetime, label], null]);
    expect(root.querySelector('.statement-meta')?.textContent).toMatch(new RegExp(`^${label} · `));
  });

  it('the list passes the report’s times through, and shows none without them', () => {
    document.body.innerHTML = '<div id="cast"></div><select id="type"></select><div id="statements"></div>';
    const parts = {
      cast: document.getElementById('cast')!,
      typeSelect: document.getElementById('type') as HTMLSelectElement,
      statements: document.getElementById('statements')!,
    };
    const list = createPanelList(document, parts, t, { onSelect: vi.fn(), onFocus: vi.fn() });
    list.show(statements, { [statements[1]!.id]: '2026-01-08T10:40' });
    expect(timesIn(parts.statements).map((time) => time?.[0] ?? null)).toEqual([null, '2026-01-08T10:40']);
    list.show(statements);
    expect(timesIn(parts.statements)).toEqual([null, null]);
  });
});
