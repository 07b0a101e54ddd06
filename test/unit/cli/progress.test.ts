import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress';

function sink() {
  const chunks: string[] = [];
  return {
    chunks,
    write: (chunk: string) => chunks.push(chunk) > 0,
    once: () => undefined,
    off: () => undefined,
  };
}

/** A clock the test moves by hand. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createProgress', () => {
  it('prints nothing when not shown', () => {
    const out = sink();
    const progress = createProgress(out, { show: false, tty: false });
    progress.done(false);
    progress.skipped('not HTML');
    progress.end();
    expect(out.chunks).toEqual([]);
  });

  it('on a terminal: redraws one line in place, throttled, with rate, errors and ETA; ends with a newline', () => {
    const out = sink();
    const time = clock();
    const progress = createProgress(out, { show: true, tty: true, total: 4, now: time.now });
    time.advance(1000);
    progress.done(false);
    progress.done(true); // within the redraw interval: not drawn
    time.advance(1000);
    progress.done(false);
    progress.end();
    expect(out.chunks).toEqual([
      '\rsourcelight: 1/4 documents, 1.0/s, 0 errors, ETA 3s\x1b[K',
      '\rsourcelight: 3/4 documents, 1.5/s, 1 errors, ETA 1s\x1b[K',
      '\rsourcelight: 3/4 documents, 1.5/s, 1 errors, ETA 1s\x1b[K\n',
    ]);
  });

  it('into a log (--progress): whole lines, every few seconds; skips counted by reason; no ETA without a total', () => {
    const out = sink();
    const time = clock();
    const progress = createProgress(out, { show: true, tty: false, now: time.now });
    time.advance(500);
    progress.skipped('not HTML');
    time.advance(500);
    progress.done(false);
    progress.skipped('not 200');
    progress.skipped('not HTML');
    time.advance(9000);
    progress.done(false);
    progress.end();
    expect(out.chunks).toEqual([
      'sourcelight: 0 documents, 0.0/s, 0 errors, 1 skipped (1 not HTML)\n',
      'sourcelight: 2 documents, 0.2/s, 0 errors, 3 skipped (2 not HTML, 1 not 200)\n',
      'sourcelight: 2 documents, 0.2/s, 0 errors, 3 skipped (2 not HTML, 1 not 200)\n',
    ]);
  });

  it('JSONL and WARC files: the ETA comes from the share of their bytes read', () => {
    const out = sink();
    const time = clock();
    const progress = createProgress(out, { show: true, tty: true, bytesTotal: 1000, now: time.now });
    time.advance(2000);
    progress.read(250);
    progress.done(false);
    time.advance(2000);
    progress.read(750); // all read: the ETA goes, the last documents are still being analysed
    progress.done(false);
    progress.end();
    expect(out.chunks).toEqual([
      '\rsourcelight: 1 documents, 0.5/s, 0 errors, 25% read, ETA 6s\x1b[K',
      '\rsourcelight: 2 documents, 0.5/s, 0 errors\x1b[K',
      '\rsourcelight: 2 documents, 0.5/s, 0 errors\x1b[K\n',
    ]);
  });
});
