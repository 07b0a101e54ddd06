import { describe, expect, it } from 'vitest';
import { splitLines, TOO_LONG } from '../../../src/cli/split-lines';

async function lines(chunks: readonly string[], max = 100): Promise<(string | symbol)[]> {
  const out: (string | symbol)[] = [];
  for await (const line of splitLines(
    chunks.map((c) => Buffer.from(c)),
    max,
  ))
    out.push(line === TOO_LONG ? line : line.toString());
  return out;
}

describe('splitLines', () => {
  it.each([
    ['one chunk', ['a\nb\n'], ['a', 'b']],
    ['no final newline', ['a\nb'], ['a', 'b']],
    ['a line across chunks', ['ab', 'c\nd', 'e\n'], ['abc', 'de']],
    ['newline at a chunk start', ['a', '\nb'], ['a', 'b']],
    ['empty lines kept (the caller skips them)', ['a\n\nb\n'], ['a', '', 'b']],
    ['CR stays', ['a\r\nb\r\n'], ['a\r', 'b\r']],
    ['nothing', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('reports a line over the limit once and goes on with the next', async () => {
    expect(await lines(['ok\n', 'x'.repeat(8), 'y'.repeat(8), '\nnext\n'], 10)).toEqual([
      'ok',
      TOO_LONG,
      'next',
    ]);
    expect(await lines(['x'.repeat(11)], 10)).toEqual([TOO_LONG]);
    expect(await lines(['x'.repeat(10), '\n'], 10)).toEqual(['x'.repeat(10)]);
  });

  it('splits a UTF-8 character cut between chunks back into one line', async () => {
    const bytes = Buffer.from('naïve\nok\n');
    const out: string[] = [];
    for await (const line of splitLines([bytes.subarray(0, 3), bytes.subarray(3)], 100))
      if (line !== TOO_LONG) out.push(line.toString());
    expect(out).toEqual(['naïve', 'ok']);
  });
});
