// Which frame answers the panel: an article at once, a top frame without an article only after its
// frames had their turn, a frame without one never.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TOP_DELAY_MS,
  answerAfter,
  answerDelay,
  reportsState,
} from '../../../src/content/frame-answer';
import type { PageState } from '../../../src/shared/messages';

describe('answerDelay', () => {
  it.each<[string, boolean, PageState, boolean, number | null]>([
    ['top frame, article', true, 'ready', true, 0],
    ['top frame, analysing', true, 'analyzing', false, 0],
    ['top frame, no article, no frames', true, 'not-article', false, 0],
    ['top frame, no article, frames that may hold one', true, 'not-article', true, EMPTY_TOP_DELAY_MS],
    ['framed article', false, 'ready', false, 0],
    ['framed article still analysing', false, 'analyzing', false, 0],
    ['frame without an article (an ad, a video)', false, 'not-article', true, null],
  ])('%s', (_, top, state, hasFrames, delay) => {
    expect(answerDelay(top, state, () => hasFrames)).toBe(delay);
  });

  it('lets a framed article answer before a top frame without one', () => {
    expect(answerDelay(false, 'ready', () => false)!).toBeLessThan(
      answerDelay(true, 'not-article', () => true)!,
    );
  });

  it('looks for frames only in a top frame without an article', () => {
    let looked = 0;
    const hasFrames = (): boolean => ++looked > 0;
    for (const state of ['ready', 'analyzing'] as const) answerDelay(true, state, hasFrames);
    answerDelay(false, 'not-article', hasFrames);
    expect(looked).toBe(0);
    answerDelay(true, 'not-article', hasFrames);
    expect(looked).toBe(1);
  });
});

describe('reportsState', () => {
  it.each<[boolean, PageState, boolean]>([
    [true, 'not-article', true],
    [true, 'ready', true],
    [false, 'ready', true],
    [false, 'not-article', false],
  ])('top %s, %s: %s', (top, state, reports) => {
    expect(reportsState(top, state)).toBe(reports);
  });
});

describe('answerAfter', () => {
  it('answers at once without a delay, later with one', async () => {
    const order: string[] = [];
    const late = answerAfter(20, async () => order.push('late'));
    const now = answerAfter(0, async () => order.push('now'));
    await Promise.all([late, now]);
    expect(order).toEqual(['now', 'late']);
  });
});
