// The paint's batch size follows what the last batch cost: a batch stays near 2 ms however dear a range
// is, so the stage's 8 ms chunks end on time (a fixed 16 ranges ran to 19 ms in Firefox).
import { describe, expect, it } from 'vitest';
import { FIRST_BATCH, nextBatchSize } from '../../../src/content/paint-batch';

/** The sizes of `count` batches in a row, each range costing `msPerRange`. */
function sizes(msPerRange: number, count: number): number[] {
  const out = [FIRST_BATCH];
  while (out.length < count) out.push(nextBatchSize(out.at(-1)!, out.at(-1)! * msPerRange));
  return out;
}

describe('nextBatchSize', () => {
  it.each([
    // [ms per range, the sizes of 5 batches in a row]
    [0.5, [16, 4, 4, 4, 4]],
    [5, [16, 1, 1, 1, 1]],
    [0.01, [16, 32, 64, 128, 128]],
    [0, [16, 32, 64, 128, 128]],
    [0.125, [16, 16, 16, 16, 16]],
  ])('at %f ms a range: %j', (msPerRange, expected) => {
    expect(sizes(msPerRange, 5)).toEqual(expected);
  });

  it('grows back at most twofold when ranges get cheap again', () => {
    expect(nextBatchSize(1, 0.01)).toBe(2);
  });
});
