// --input jsonl through main() in-process: one output record per input line, in order, with the same id;
// bad lines become {"id","error"} records and the stream goes on. Expected records come from the core.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { extractHtml } from '../../../src/cli/extract-html';
import { toJsonRecord } from '../../../src/shared/export';
import { NEWS_PAGE, runCli, tempFiles } from './run-cli';

const TEXT =
  'Officials said on Monday that the bridge would reopen. "It is safe," the engineer told reporters.';
const EMOJI = '😀 Fans cheered. "We won 🏆 again," the captain said.';
const jsonl = (...values: unknown[]) =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
const parsed = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** What the CLI should print for a text record: the file record with "id"/"url" instead of "input". */
function expected(id: unknown, url: string | null, text: string, hints = {}) {
  const { input: _input, ...rest } = toJsonRecord('', analyze(text, hints));
  return { id, url, ...rest };
}

describe('analyze --input jsonl', () => {
  it('answers each line with a record carrying its id, in input order; errors in-band', async () => {
    const page = extractHtml(NEWS_PAGE)!;
    const input = jsonl(
      { id: 'a', url: 'https://example.org/a', text: TEXT },
      '{"id": "broken", "text": ',
      { id: 7, html: NEWS_PAGE },
      '',
      '   ',
      ['an', 'array'],
      { text: 'no id' },
      { id: 'both', text: 'x', html: '<p>x</p>' },
      { id: 'neither' },
      { id: 'bad-url', url: 5, text: TEXT },
      { id: 'no-article', html: '<nav>Home</nav>' },
      { id: 'last', text: '' },
    );
    const run = await runCli(['analyze', '--input', 'jsonl', '--format', 'jsonl', '-'], {
      stdin: `${input}\n`,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(parsed(run.stdout)).toEqual([
      expected('a', 'https://example.org/a', TEXT),
      { id: null, error: 'line 2: not valid JSON' },
      expected(7, null, page.text, page.hints),
      { id: null, error: 'line 6: not a JSON object' },
      { id: null, error: 'line 7: needs an "id" (a string or a number)' },
      { id: 'both', error: 'line 8: needs exactly one of "text" and "html" (a string)' },
      { id: 'neither', error: 'line 9: needs exactly one of "text" and "html" (a string)' },
      { id: 'bad-url', error: 'line 10: "url" must be a string' },
      { id: 'no-article', error: 'no article text found in this HTML page' },
      expected('last', null, ''),
    ]);
  });

  it('reads files one after the other, and reports an unreadable one on stderr (exit 1)', async () => {
    const files = tempFiles({
      'a.jsonl': jsonl({ id: 1, text: TEXT }, { id: 2, text: EMOJI }),
      'b.jsonl': `${jsonl({ id: 3, text: TEXT })}\n`,
    });
    const missing = `${files.dir}/missing.jsonl`;
    const run = await runCli([
      'analyze',
      '--input',
      'jsonl',
      '-f',
      'jsonl',
      files['a.jsonl']!,
      missing,
      files['b.jsonl']!,
    ]);
    expect(run.code).toBe(1);
    expect(parsed(run.stdout).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(run.stderr).toBe(`sourcelight: ${missing}: no such file\n`);
  });

  it('--offsets codepoint counts code points; utf16 (the default) counts JS string indices', async () => {
    const stdin = jsonl({ id: 'e', text: EMOJI });
    const [utf16] = parsed(
      (await runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl', '-'], { stdin })).stdout,
    );
    const [points] = parsed(
      (await runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl', '--offsets', 'codepoint', '-'], { stdin }))
        .stdout,
    );
    expect(utf16).toEqual(expected('e', null, EMOJI));
    const chars = Array.from(EMOJI);
    type S = { start: number; end: number; text: string; cue: { start: number; end: number; text: string } };
    const statements = (points as { statements: S[] }).statements;
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
      expect(chars.slice(s.cue.start, s.cue.end).join('')).toBe(s.cue.text);
    }
    expect(statements[0]!.start).toBeLessThan((utf16 as { statements: S[] }).statements[0]!.start);
  });

  it('in json, error records are array elements; in table, errors go to stderr', async () => {
    const stdin = jsonl({ id: 'a', text: TEXT }, 'oops');
    const json = await runCli(['analyze', '--input', 'jsonl', '--format', 'json', '-'], { stdin });
    expect(JSON.parse(json.stdout)).toEqual([
      expected('a', null, TEXT),
      { id: null, error: 'line 2: not valid JSON' },
    ]);
    const table = await runCli(['analyze', '--input', 'jsonl', '-'], { stdin, columns: 100 });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('== a ==');
    expect(table.stderr).toBe('sourcelight: (stdin): line 2: not valid JSON\n');
  });
});
