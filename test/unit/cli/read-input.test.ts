import { describe, expect, it } from 'vitest';
import { decodeText, describeError, InputError } from '../../../src/cli/read-input';

describe('decodeText', () => {
  it.each([
    ['ascii', Buffer.from('abc'), 'abc'],
    ['utf-8', Buffer.from('“naïve” 😀'), '“naïve” 😀'],
    ['BOM kept as U+FEFF', Buffer.from([0xef, 0xbb, 0xbf, 0x61]), '\ufeffa'],
    ['CRLF kept', Buffer.from('a\r\nb'), 'a\r\nb'],
    ['empty', Buffer.alloc(0), ''],
  ])('%s', (_name, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it.each([
    ['NUL byte', Buffer.from([0x61, 0x00, 0x62]), 'binary'],
    ['UTF-16 with BOM', Buffer.from('\ufeffhi', 'utf16le'), 'binary'],
    ['Latin-1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'not valid UTF-8'],
    ['lone continuation byte', Buffer.from([0x80]), 'not valid UTF-8'],
  ])('%s is refused', (_name, bytes, reason) => {
    expect(() => decodeText(bytes)).toThrow(InputError);
    expect(() => decodeText(bytes)).toThrow(reason);
  });
});

describe('describeError', () => {
  it.each([
    [Object.assign(new Error('x'), { code: 'ENOENT' }), 'no such file'],
    [Object.assign(new Error('x'), { code: 'EACCES' }), 'permission denied'],
    [Object.assign(new Error('odd failure'), { code: 'EWHATEVER' }), 'odd failure'],
    [new InputError('is a directory'), 'is a directory'],
    ['a string', 'a string'],
  ])('%#', (error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
