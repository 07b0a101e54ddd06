// A huge article's sections: each is sent to the background in a task of its own unless the stretch of
// work before it was short, the first included, which comes right after the text map made the whole text
// (a step of 26-44 ms in Firefox on the 5 MB article): the send was added to that task.
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import type { StageClock } from '../../../src/content/stage';
import { syncClock } from './sync-clock';

const steps: string[] = [];

vi.mock('../../../src/content/stage', () => ({
  stage: (_name: string, _signal: AbortSignal, work: (clock: StageClock) => unknown) =>
    work({ ...syncClock(), yieldIfDue: async () => void steps.push('yield if due') }),
}));
vi.mock('../../../src/content/analyze-text', () => ({
  analyzeText: async (text: string): Promise<Analysis> => {
    steps.push(`send ${text.length}`);
    return { statements: [], article: {} } as unknown as Analysis;
  },
}));

const { analyzeInSections } = await import('../../../src/content/analyze-in-sections');

describe('analyzeInSections', () => {
  it('asks for a yield before each section is sent', async () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `Paragraph ${i} of the long report.`).join('\n\n');
    await analyzeInSections(
      text,
      {},
      new AbortController().signal,
      async (analysis) => ({ analysis }) as never,
    );
    const sends = steps.filter((step) => step.startsWith('send'));
    expect(sends.length).toBeGreaterThan(1);
    expect(steps).toEqual(sends.flatMap((send) => ['yield if due', send]));
  });
});
