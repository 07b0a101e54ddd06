import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { send } from '../../../src/cli/write-output';

describe('send', () => {
  it('waits for a full stream to drain, and leaves no listener behind', async () => {
    const sink = new PassThrough({ highWaterMark: 4 });
    const read: string[] = [];
    for (let i = 0; i < 20; i++) {
      const sent = send(sink, `chunk ${i};`);
      // The reader catches up only after the write was refused, so each send has to wait.
      setImmediate(() => {
        for (let chunk = sink.read(); chunk !== null; chunk = sink.read()) read.push(String(chunk));
      });
      await sent;
    }
    expect(read.join('')).toBe(Array.from({ length: 20 }, (_, i) => `chunk ${i};`).join(''));
    for (const event of ['drain', 'close', 'error'] as const) expect(sink.listenerCount(event)).toBe(0);
  });

  it('stops waiting when the stream closes instead of draining', async () => {
    const sink = new PassThrough({ highWaterMark: 4 });
    const sent = send(sink, 'more than four bytes');
    sink.destroy();
    await sent;
    expect(sink.listenerCount('drain')).toBe(0);
  });
});
