import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/parse-args';

describe('parseArgs', () => {
  it.each([
    [['analyze', 'a.txt'], { kind: 'analyze', format: 'table', inputs: ['a.txt'] }],
    [['analyze', '--format', 'jsonl', 'a', 'b'], { kind: 'analyze', format: 'jsonl', inputs: ['a', 'b'] }],
    [['analyze', '--format=json', '-'], { kind: 'analyze', format: 'json', inputs: ['-'] }],
    [['analyze', 'a', '-f', 'json', 'b'], { kind: 'analyze', format: 'json', inputs: ['a', 'b'] }],
    [['analyze', '--', '--odd-name.txt'], { kind: 'analyze', format: 'table', inputs: ['--odd-name.txt'] }],
    [['extract', 'a.html'], { kind: 'extract', inputs: ['a.html'] }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['analyze', 'a', '--help'], { kind: 'help' }],
    [['--version'], { kind: 'version' }],
    [['-V'], { kind: 'version' }],
    [['analyze', '--input', 'jsonl', '-'], { kind: 'analyze', input: 'jsonl', inputs: ['-'] }],
    [['analyze', '--input=warc', 'a.warc.gz', 'b.warc'], { input: 'warc', inputs: ['a.warc.gz', 'b.warc'] }],
    [['analyze', '--jobs', '3', 'a'], { jobs: 3, inputs: ['a'] }],
    [['analyze', '-j', '1', 'a'], { jobs: 1 }],
    [['analyze', '--jobs=4', 'a'], { jobs: 4 }],
    [['analyze', '--progress', 'a'], { progress: true }],
    [['analyze', '--offsets', 'codepoint', 'a'], { offsets: 'codepoint' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it('defaults: files, one job per core (undefined), no --progress, UTF-16 offsets', () => {
    expect(parseArgs(['analyze', 'a'])).toEqual({
      kind: 'analyze',
      format: 'table',
      input: 'files',
      jobs: undefined,
      progress: false,
      offsets: 'utf16',
      inputs: ['a'],
    });
  });

  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['analyze'], 'no input'],
    [['analyze', '--format', 'xml', 'a'], 'unknown format "xml"'],
    [['analyze', 'a', '--format'], '--format needs a value'],
    [['analyze', '--colour', 'a'], 'unknown option --colour'],
    [['extract', '--format', 'json', 'a'], 'unknown option --format'],
    [['extract', '--jobs', '2', 'a'], 'unknown option --jobs'],
    [['analyze', '--input', 'csv', 'a'], 'unknown input "csv"'],
    [['analyze', '--offsets', 'bytes', 'a'], 'unknown offsets "bytes"'],
    [['analyze', '--jobs', '0', 'a'], '--jobs needs a whole number'],
    [['analyze', '--jobs', '1.5', 'a'], '--jobs needs a whole number'],
    [['analyze', '--jobs', 'many', 'a'], '--jobs needs a whole number'],
    [['analyze', '--input', 'jsonl'], 'no input'],
  ])('%j is a usage error', (argv, message) => {
    const command = parseArgs(argv);
    expect(command.kind).toBe('usage-error');
    expect(command.kind === 'usage-error' && command.message).toContain(message);
  });
});
