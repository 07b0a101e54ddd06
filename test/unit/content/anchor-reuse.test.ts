// @vitest-environment jsdom
// A refresh after one quote changed: the other statements keep their Range objects (no new anchor, no
// repaint), only the changed paragraph gets new ones, and the paint adds only those.
import { describe, expect, it, vi } from 'vitest';
import { anchorStatements } from '../../../src/content/anchor-statements';
import { paintStatements } from '../../../src/content/paint-statements';
import type { StageClock } from '../../../src/content/stage';
import { syncClock } from './sync-clock';
import type { Statement } from '../../../src/core/types';
import type { Highlighter } from '../../../src/page/highlighter';
import { describeSpan } from '../../../src/page/anchor';
import { liveRange } from '../../../src/page/spot';
import { buildTextMap } from '../../../src/page/text-map';

/** The text a range (a spot: its live Range) covers. */
const textOf = (range: AbstractRange | null) => (range ? liveRange(range)?.toString() : undefined);

const clock = syncClock();

const QUOTES = [
  '“The dam holds,” said Ines Baro.',
  '“The road is shut,” said Paul Ode.',
  '“We wait,” said Olga Stern.',
];

/** One statement per paragraph: the quote, with the speaker's name as the mention. */
function statementsOf(text: string): Statement[] {
  return text.split('\n\n').map((paragraph, i) => {
    const start = text.indexOf(paragraph);
    const quoteEnd = paragraph.indexOf('”') + 1;
    const name = paragraph.slice(paragraph.indexOf('said ') + 5, -1);
    const nameStart = start + paragraph.indexOf(name);
    return {
      id: `s${i + 1}`,
      start,
      end: start + quoteEnd,
      speaker: { name, mention: { start: nameStart, end: nameStart + name.length } },
    } as unknown as Statement;
  });
}

async function anchoredNow(root: Element, previous: Awaited<ReturnType<typeof anchorStatements>> = []) {
  const map = buildTextMap(root, { useLayout: false });
  return anchorStatements(map, statementsOf(map.text), clock, previous);
}

describe('a refresh after one quote changed', () => {
  it('reuses the ranges of the untouched paragraphs, and paints only the new ones', async () => {
    document.body.innerHTML = `<article>${QUOTES.map((q) => `<p>${q}</p>`).join('')}</article>`;
    const root = document.querySelector('article')!;
    const before = await anchoredNow(root);
    (root.children[1]!.firstChild as Text).data = '“The road is open again,” said Paul Ode.';
    const after = await anchoredNow(root, before);

    expect(after.map((a) => textOf(a.range))).toEqual([
      '“The dam holds,”',
      '“The road is open again,”',
      '“We wait,”',
    ]);
    const same = after.map((a, i) => [
      a.range === before[i]!.range,
      a.mentionRange === before[i]!.mentionRange,
    ]);
    expect(same).toEqual([
      [true, true],
      [false, false],
      [true, true],
    ]);

    const add = vi.fn();
    const highlighter = {
      add,
      reconcile: (items: readonly { range: AbstractRange }[]) =>
        items.filter(({ range }) => !before.some((b) => b.range === range || b.mentionRange === range)),
    } as unknown as Highlighter;
    await paintStatements(highlighter, after, { showUnattributed: false }, clock);
    expect(add.mock.calls.flat(2).map((item: { range: AbstractRange }) => textOf(item.range))).toEqual([
      '“The road is open again,”',
      'Paul Ode',
    ]);
  });

  it('anchored again in the same text (the analysis after the re-anchored statements): the same ranges and selectors', async () => {
    document.body.innerHTML = `<article>${QUOTES.map((q) => `<p>${q}</p>`).join('')}</article>`;
    const root = document.querySelector('article')!;
    const map = buildTextMap(root, { useLayout: false });
    const first = await anchorStatements(map, statementsOf(map.text), clock);
    const second = await anchorStatements(map, statementsOf(map.text), clock, first);
    expect(second.map((a, i) => a.range === first[i]!.range)).toEqual(QUOTES.map(() => true));
    expect(second.map((a) => a.quote)).toEqual(first.map((a) => a.quote));
    // In another text (the page changed), the ranges still in place are kept too.
    const third = await anchorStatements(
      buildTextMap(root, { useLayout: false }),
      statementsOf(map.text),
      clock,
      first,
    );
    expect(third.map((a, i) => a.range === first[i]!.range)).toEqual(QUOTES.map(() => true));
  });

  it('a selector is read from the text anchored in only when asked (none is kept per statement)', async () => {
    document.body.innerHTML = `<article>${QUOTES.map((q) => `<p>${q}</p>`).join('')}</article>`;
    const map = buildTextMap(document.querySelector('article')!, { useLayout: false });
    const statements = statementsOf(map.text);
    const anchored = await anchorStatements(map, statements, clock);
    expect(anchored.map((a) => Object.keys(a).includes('quote'))).toEqual(QUOTES.map(() => false));
    expect(anchored.map((a) => a.quote)).toEqual(statements.map((s) => describeSpan(map.text, s)));
  });
});

describe("a huge article's next show (all found so far, in the same text)", () => {
  it('takes over the entries and paint items of the statements shown before, and makes only the new ones', async () => {
    document.body.innerHTML = `<article>${QUOTES.map((q) => `<p>${q}</p>`).join('')}</article>`;
    const map = buildTextMap(document.querySelector('article')!, { useLayout: false });
    const statements = statementsOf(map.text);
    const first = await anchorStatements(map, statements.slice(0, 2), clock);
    const stepped: unknown[] = [];
    const counting: StageClock = {
      ...clock,
      async chunked(items, step) {
        stepped.push(...items);
        for (const item of items) step(item);
      },
    };
    const second = await anchorStatements(map, statements, counting, first);
    expect(second.map((entry, i) => entry === first[i])).toEqual([true, true, false]);
    expect(stepped).toEqual([statements[2]]);

    const given: (readonly unknown[])[] = [];
    const highlighter = {
      add: () => undefined,
      reconcile: (items: readonly unknown[]) => (given.push(items), []),
    } as unknown as Highlighter;
    await paintStatements(highlighter, first, { showUnattributed: false }, clock);
    stepped.length = 0;
    await paintStatements(highlighter, second, { showUnattributed: false }, counting);
    expect(given[1]!.slice(0, 4).map((item, i) => item === given[0]![i])).toEqual([true, true, true, true]);
    expect(given[1]).toHaveLength(6);
    expect(stepped.filter((item) => second.includes(item as never))).toEqual([second[2]]);
  });
});
