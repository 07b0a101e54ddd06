import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../../src/cli/ordered-map';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('orderedMap', () => {
  it.each([1, 2, 4, 16])('keeps input order with window %i, however long each item takes', async (window) => {
    const delays = [30, 1, 20, 0, 5, 25, 2, 0, 10, 3];
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    async function* source() {
      for (let i = 0; i < delays.length; i++) yield i;
    }
    for await (const value of orderedMap(source(), { items: window }, async (i) => {
      most = Math.max(most, ++inFlight);
      await sleep(delays[i]!);
      inFlight--;
      return i * 10;
    }))
      out.push(value);
    expect(out).toEqual(delays.map((_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(window);
    if (window > 1) expect(most).toBeGreaterThan(1);
  });

  it('does not read the source ahead of the window', async () => {
    let read = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        read++;
        yield i;
      }
    }
    const results = orderedMap(source(), { items: 3 }, async (i) => i);
    await results.next();
    expect(read).toBeLessThanOrEqual(4);
  });

  it.each([
    // [weights, byte budget, most in flight]
    [[4, 4, 4, 4, 4, 4], 10, 2],
    [[4, 4, 4, 4, 4, 4], 100, 4],
    [[20, 1, 1, 1, 20, 1], 10, 3],
  ])('keeps the bytes in flight under the budget (weights %j, budget %i)', async (weights, bytes, most) => {
    let inFlight = 0;
    let peak = 0;
    const out: number[] = [];
    async function* source() {
      for (let i = 0; i < weights.length; i++) yield i;
    }
    const window = { items: 4, bytes, weight: (i: number) => weights[i]! };
    for await (const value of orderedMap(source(), window, async (i) => {
      peak = Math.max(peak, ++inFlight);
      await sleep(5);
      inFlight--;
      return i;
    }))
      out.push(value);
    expect(out).toEqual(weights.map((_, i) => i));
    expect(peak).toBe(most);
  });
});
