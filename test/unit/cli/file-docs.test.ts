import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileDocs } from '../../../src/cli/file-docs';
import { tempFiles } from './run-cli';

const collect = async (inputs: string[], stdin = '') => {
  const out = [];
  for await (const doc of fileDocs(inputs, Readable.from([Buffer.from(stdin)])))
    out.push('error' in doc ? `${doc.name}: ${doc.error}` : `${doc.name}: ${doc.content}`);
  return out;
};

describe('fileDocs', () => {
  const files = tempFiles({ 'a.txt': 'A', 'b.txt': 'B', 'c.txt': 'C' });
  const [a, b, c] = [files['a.txt'] ?? '', files['b.txt'] ?? '', files['c.txt'] ?? ''];

  it.each([
    ['files in order', [a, b, c], [`${a}: A`, `${b}: B`, `${c}: C`]],
    ['stdin between files, read once', [a, '-', b, '-'], [`${a}: A`, '-: S', `${b}: B`, '-: ']],
    [
      'a missing file in its place',
      [a, `${files.dir}/gone.txt`, c],
      [`${a}: A`, `${files.dir}/gone.txt: no such file`, `${c}: C`],
    ],
    ['nothing', [], []],
  ])('%s', async (_name, inputs, expected) => {
    expect(await collect(inputs, 'S')).toEqual(expected);
  });
});
