// A refresh re-anchors the statements found before in the changed text. In proportion to the change: a
// page editing one quote among 2,000 must not search every quote over the whole article (that froze live
// blogs for seconds). The fuzzy search is watched through approx-string-match, which does that work.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/core/types';
import { refreshSteps } from '../../../src/content/refresh-steps';
import type { ArticleOnPage, PageAnalysis } from '../../../src/content/page-analysis';
import { describeSpan } from '../../../src/page/anchor';
import { syncClock } from './sync-clock';

const searched = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('approx-string-match', async (original) => {
  const real = (await original<{ default: (...args: unknown[]) => unknown }>()).default;
  return {
    default: (text: string, ...rest: unknown[]) => {
      searched.lengths.push(text.length);
      return real(text, ...rest);
    },
  };
});

const COUNT = 2000;
// Quotes that differ from their neighbours in most words, as a real article's do.
const WORDS = ['harbour', 'bridge', 'budget', 'council', 'river', 'school', 'market', 'tunnel', 'station',
  'library', 'museum', 'stadium', 'hospital', 'airport', 'garden', 'factory']; // prettier-ignore
const word = (n: number) => WORDS[n % WORDS.length]!;
const quoteOf = (i: number) =>
  `the ${word(i)} and ${word(i * 7 + 3)} works (${i}) will reach the ${word(i * 5 + 1)} by spring, ${word(i * 11 + 5)} first`;
const paragraphOf = (i: number, quote = quoteOf(i)) => `“${quote},” said Speaker ${i}, an official.`;

function analysed(text: string): PageAnalysis {
  const statements = Array.from({ length: COUNT }, (_, i): Statement => {
    const start = text.indexOf(quoteOf(i));
    return {
      id: `s${i}`,
      start,
      end: start + quoteOf(i).length,
      text: quoteOf(i),
      kind: 'direct',
      cue: null,
      speaker: null,
      outlet: null,
      confidence: 1,
    };
  });
  const anchored = statements.map((statement) => ({
    statement,
    quote: describeSpan(text, statement),
    range: null,
    mentionRange: null,
    color: 0,
  }));
  return {
    located: {},
    article: { text },
    analysis: { statements, article: {} },
    anchored,
  } as unknown as PageAnalysis;
}

const ORIGINAL = Array.from({ length: COUNT }, (_, i) => paragraphOf(i)).join('\n\n');

/** The items each chunked run was given: the re-anchoring must go through the clock's chunks. */
let chunkedRuns: number[] = [];
const clock = syncClock((items) => chunkedRuns.push(items));

async function refreshed(text: string): Promise<readonly Statement[]> {
  const steps = refreshSteps(analysed(ORIGINAL));
  const known = await steps.known!({ article: { text } } as unknown as ArticleOnPage, clock);
  return known.analysis.statements;
}

beforeEach(() => {
  searched.lengths = [];
  chunkedRuns = [];
});

describe('refreshSteps: re-anchoring after an edit', () => {
  it('one quote edited: every statement in place, the search near the edit, in chunks', async () => {
    const edited = ORIGINAL.replace(
      paragraphOf(1000),
      paragraphOf(1000, quoteOf(1000).replace('spring', 'summer')),
    );
    const statements = await refreshed(edited);
    expect(statements).toHaveLength(COUNT);
    for (const s of statements)
      expect(edited.slice(s.start, s.end)).toBe(
        s.id === 's1000' ? quoteOf(1000).replace('spring', 'summer') : s.text,
      );
    expect(Math.max(0, ...searched.lengths)).toBeLessThan(1000);
    // All 2,000 go through the stage's chunks (each at most 8 ms, then the page runs), not one long task.
    expect(chunkedRuns).toEqual([COUNT]);
  });

  it('text inserted at the top: every statement moves along, nothing is searched', async () => {
    const edited = `Updated 5 seconds ago\n\n${ORIGINAL}`;
    const statements = await refreshed(edited);
    expect(statements.map((s) => edited.slice(s.start, s.end))).toEqual(statements.map((s) => s.text));
    expect(searched.lengths).toEqual([]);
  });

  it('a quote removed: its statement goes, the others stay', async () => {
    const edited = ORIGINAL.replace(paragraphOf(7), 'This paragraph was withdrawn.');
    const statements = await refreshed(edited);
    expect(statements.map((s) => s.id)).not.toContain('s7');
    expect(statements).toHaveLength(COUNT - 1);
  });
});
