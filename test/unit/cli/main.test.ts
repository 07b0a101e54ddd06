// main() in-process: formats, inputs (txt, html, stdin), failures and exit codes. Expected records are
// computed by calling the core directly, so these tests check the CLI's plumbing, not the engine.
import { chmodSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { analyze } from '../../../src/core';
import { toJsonRecord } from '../../../src/shared/export';
import { NEWS_PAGE, runCli, tempFiles } from './run-cli';

const TEXT =
  'Officials said on Monday that the bridge would reopen. "It is safe," the engineer told reporters.\n';
const lines = (out: string) => out.split('\n').filter(Boolean);
const records = (out: string) => lines(out).map((l) => JSON.parse(l) as ReturnType<typeof toJsonRecord>);

describe('sourcelight main()', () => {
  it.each([
    [['--help'], 0, /Usage:/, ''],
    [['--version'], 0, new RegExp(`^sourcelight ${version.replace(/\./g, '\\.')}\n$`), ''],
    [[], 2, /^$/, 'missing command'],
    [['analyze', '--format', 'yaml', 'x'], 2, /^$/, 'unknown format'],
    [['analyze'], 2, /^$/, 'no input'],
  ])('%j exits %i', async (argv, code, stdout, stderr) => {
    const run = await runCli(argv);
    expect(run.code).toBe(code);
    expect(run.stdout).toMatch(stdout);
    expect(run.stderr).toContain(stderr);
    if (code === 2) expect(run.stderr).toContain('Usage:');
  });

  it('analyses .txt verbatim, one jsonl line per file, in input order', async () => {
    const files = tempFiles({ 'a.txt': TEXT, 'b.md': `# Notes\n\n${TEXT}`, 'c.txt': '' });
    const run = await runCli([
      'analyze',
      '--format',
      'jsonl',
      files['a.txt']!,
      files['b.md']!,
      files['c.txt']!,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const got = records(run.stdout);
    expect(got.map((r) => r.input)).toEqual([files['a.txt'], files['b.md'], files['c.txt']]);
    for (const record of got) {
      const text = readFileSync(record.input, 'utf8');
      expect(record).toEqual(toJsonRecord(record.input, analyze(text)));
      for (const s of record.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('keeps a UTF-8 BOM, so offsets match readFileSync(path, "utf8")', async () => {
    const files = tempFiles({ 'bom.txt': `\ufeff${TEXT}` });
    const [record] = records((await runCli(['analyze', '--format', 'jsonl', files['bom.txt']!])).stdout);
    expect(record).toEqual(toJsonRecord(files['bom.txt']!, analyze(`\ufeff${TEXT}`)));
  });

  it('reads "-" from stdin', async () => {
    const run = await runCli(['analyze', '--format', 'jsonl', '-'], { stdin: TEXT });
    expect(records(run.stdout)).toEqual([toJsonRecord('-', analyze(TEXT))]);
  });

  it('reports each bad input on stderr by name, prints the others, exits 1', async () => {
    const files = tempFiles({
      'good1.txt': TEXT,
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'good2.txt': TEXT,
    });
    const missing = `${files.dir}/missing.txt`;
    const inputs = [
      files['good1.txt']!,
      missing,
      files['binary.txt']!,
      files.dir,
      files['latin1.txt']!,
      files['good2.txt']!,
    ];
    const run = await runCli(['analyze', '--format', 'jsonl', ...inputs]);
    expect(run.code).toBe(1);
    expect(records(run.stdout).map((r) => r.input)).toEqual([files['good1.txt'], files['good2.txt']]);
    expect(lines(run.stderr)).toEqual([
      `sourcelight: ${missing}: no such file`,
      `sourcelight: ${files['binary.txt']}: looks like a binary file (contains NUL bytes), not text`,
      `sourcelight: ${files.dir}: is a directory`,
      `sourcelight: ${files['latin1.txt']}: is not valid UTF-8 text`,
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const files = tempFiles({ 'secret.txt': TEXT });
    chmodSync(files['secret.txt']!, 0o000);
    const run = await runCli(['analyze', files['secret.txt']!]);
    expect(run).toMatchObject({
      code: 1,
      stderr: `sourcelight: ${files['secret.txt']}: permission denied\n`,
    });
  });

  it('isolates a failure inside the analysis step', async () => {
    const files = tempFiles({ 'page.html': NEWS_PAGE, 'a.txt': TEXT });
    const extractHtml = () => {
      throw new Error('extraction blew up');
    };
    const run = await runCli(['analyze', '--format', 'jsonl', files['page.html']!, files['a.txt']!], {
      extractHtml,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`sourcelight: ${files['page.html']}: extraction blew up\n`);
    expect(records(run.stdout).map((r) => r.input)).toEqual([files['a.txt']]);
  });

  it('prints json as an array, even for one input, and [] when every input failed', async () => {
    const files = tempFiles({ 'a.txt': TEXT, 'b.txt': 'Nothing here.' });
    const one = await runCli(['analyze', '--format', 'json', files['a.txt']!]);
    expect(JSON.parse(one.stdout)).toEqual([toJsonRecord(files['a.txt']!, analyze(TEXT))]);
    const two = await runCli(['analyze', '--format', 'json', files['a.txt']!, files['b.txt']!]);
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2);
    const none = await runCli(['analyze', '--format', 'json', `${files.dir}/nope`]);
    expect(none).toMatchObject({ code: 1, stdout: '[]\n' });
  });

  it('prints a table per input, with a heading when there are several', async () => {
    const files = tempFiles({ 'a.txt': TEXT, 'b.txt': TEXT });
    const single = await runCli(['analyze', files['a.txt']!], { columns: 80 });
    expect(single.stdout).not.toContain('==');
    expect(single.stdout).toMatch(/Credits/);
    for (const line of single.stdout.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    const both = await runCli(['analyze', '--format', 'table', files['a.txt']!, files['b.txt']!]);
    expect(both.stdout).toContain(`== ${files['a.txt']} ==`);
    expect(both.stdout).toContain(`== ${files['b.txt']} ==`);
  });

  it('analyses .html through the article extraction; offsets index the extracted text', async () => {
    const files = tempFiles({ 'page.html': NEWS_PAGE, 'PAGE.HTM': NEWS_PAGE });
    const extracted = await runCli(['extract', files['page.html']!]);
    expect(extracted.code).toBe(0);
    expect(extracted.stdout).toContain('We need more time to get this right');
    expect(extracted.stdout).not.toMatch(/Home|World|©|<p>/);
    const run = await runCli(['analyze', '--format', 'jsonl', files['page.html']!, files['PAGE.HTM']!]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [record, upper] = records(run.stdout);
    expect(record?.article).toMatchObject({
      title: 'City council delays the harbour plan',
      publisher: 'Example Times',
    });
    expect(upper?.statements).toEqual(record?.statements);
    const text = extracted.stdout.endsWith('\n') ? extracted.stdout : `${extracted.stdout}\n`;
    for (const s of record?.statements ?? []) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reports an HTML page without an article', async () => {
    const files = tempFiles({ 'empty.html': '<html><body><nav>Home</nav></body></html>' });
    const run = await runCli(['analyze', files['empty.html']!]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(`sourcelight: ${files['empty.html']}: no article text found in this HTML page\n`);
  });

  it('handles hundreds of files in one run', async () => {
    const names = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`f${i}.txt`, `${TEXT.repeat(3)}${i}`]),
    );
    const files = tempFiles(names);
    const inputs = Object.keys(names).map((n) => files[n]!);
    const run = await runCli(['analyze', '--format', 'jsonl', ...inputs]);
    expect(run.code).toBe(0);
    expect(records(run.stdout).map((r) => r.input)).toEqual(inputs);
  });
});
