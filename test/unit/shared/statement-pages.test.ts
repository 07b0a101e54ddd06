// The paging contract: a report carries every statement counted but at most a page of them, and the
// pages asked for in sequence (all, or one speaker's) give back every statement once, in text order.
import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { summarizeSourcing } from '../../../src/shared/sourcing-summary';
import {
  pageOf,
  STATEMENT_PAGE_CHARS,
  STATEMENT_PAGE_SIZE,
  statementPage,
  summarizeAnalysis,
} from '../../../src/shared/statement-pages';
import type { Statement } from '../../../src/core/types';
import { speaker, statement, unresolved } from '../fixtures';

const CAST = [
  speaker('Ana Ruiz'),
  speaker('Bo Lin'),
  speaker('City Council', 'organization'),
  null,
  unresolved('she'),
];
/** `count` statements, the cast in turn (so every speaker's statements run past the first page). */
const many = (count: number): Statement[] =>
  Array.from({ length: count }, (_, i) => statement(CAST[(i * 7) % CAST.length] ?? null));

/** Every page of a selection, asked for as the panel does: from where the last one ended. */
function allPages(statements: readonly Statement[], speakerKey?: string) {
  const pages: (readonly Statement[])[] = [];
  for (let from = 0; ;) {
    const page = statementPage(statements, { from, ...(speakerKey ? { speaker: speakerKey } : {}) });
    if (page.statements.length === 0) return { pages, total: page.total };
    pages.push(page.statements);
    from += page.statements.length;
  }
}

describe('statement pages', () => {
  it.each([0, 1, STATEMENT_PAGE_SIZE, STATEMENT_PAGE_SIZE + 1, 2345])(
    '%i statements: pages in sequence give each once, in order, none over the bound',
    (count) => {
      const statements = many(count);
      const { pages, total } = allPages(statements);
      expect(total).toBe(count);
      expect(pages.flat().map((s) => s.id)).toEqual(statements.map((s) => s.id));
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(STATEMENT_PAGE_SIZE);
      expect(pages.length).toBe(Math.ceil(count / STATEMENT_PAGE_SIZE));
    },
  );

  it("one speaker's pages give exactly that speaker's statements, as the panel groups them", () => {
    const statements = many(2345);
    for (const group of groupBySpeaker(statements)) {
      const { pages, total } = allPages(statements, group.key);
      expect(total).toBe(group.statements.length);
      expect(pages.flat()).toEqual(group.statements);
    }
  });

  it('long quotes make shorter pages (a byte bound too), but never an empty one', () => {
    const long = Array.from({ length: 30 }, () => statement(CAST[0]!, 'x'.repeat(STATEMENT_PAGE_CHARS / 10)));
    expect(pageOf(long, 0).length).toBe(10);
    const huge = [statement(CAST[1]!, 'y'.repeat(STATEMENT_PAGE_CHARS * 2)), ...long];
    expect(pageOf(huge, 0).length).toBe(1);
  });

  it('the summary counts every statement as the panel would from all of them', () => {
    const statements = many(1234);
    const summary = summarizeAnalysis(statements);
    expect(summary.total).toBe(1234);
    expect(summary.sourcing).toEqual(summarizeSourcing(statements));
    expect(summary.speakers).toEqual(
      groupBySpeaker(statements).map(({ statements: had, ...group }) => ({ ...group, count: had.length })),
    );
  });

  it("names the speaker of a statement, and pages that speaker's statements", () => {
    const statements = many(40);
    const named = statements[17]!;
    const group = groupBySpeaker(statements).find((g) => g.statements.includes(named))!;
    expect(statementPage(statements, { from: Number.MAX_SAFE_INTEGER, speakerOf: named.id })).toEqual({
      statements: [],
      total: group.statements.length,
      speaker: group.key,
    });
    expect(statementPage(statements, { from: 0, speakerOf: named.id }).statements).toEqual(group.statements);
  });
});
