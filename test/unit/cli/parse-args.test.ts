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
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['analyze'], 'no input'],
    [['analyze', '--format', 'xml', 'a'], 'unknown format "xml"'],
    [['analyze', 'a', '--format'], '--format needs a value'],
    [['analyze', '--colour', 'a'], 'unknown option --colour'],
    [['extract', '--format', 'json', 'a'], 'unknown option --format'],
  ])('%j is a usage error', (argv, message) => {
    const command = parseArgs(argv);
    expect(command.kind).toBe('usage-error');
    expect(command.kind === 'usage-error' && command.message).toContain(message);
  });
});
