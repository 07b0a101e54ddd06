// One real process: the built bundle behind bin/sourcelight.mjs, as `npx sourcelight` runs it.
// Builds into a temp SOURCELIGHT_DIST so it never touches another build.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PAGE, tempFiles } from './run-cli';

const dist = mkdtempSync(join(tmpdir(), 'sourcelight-dist-'));
const env = { ...process.env, SOURCELIGHT_DIST: dist };
const sourcelight = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/sourcelight.mjs', ...args], { env, input, encoding: 'utf8' });

describe('bin/sourcelight.mjs over the built bundle', () => {
  beforeAll(() => {
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'],
      { env },
    );
  }, 120_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('analyses txt, html and stdin, reports a bad file, exits 1', () => {
    const files = tempFiles({
      'a.txt': 'The mayor said that the bridge would reopen.\n',
      'p.html': NEWS_PAGE,
    });
    const run = sourcelight(
      ['analyze', '--format', 'jsonl', files['a.txt']!, `${files.dir}/gone.txt`, files['p.html']!, '-'],
      'He said so.',
    );
    expect(run.status).toBe(1);
    const inputs = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { input: string }).input);
    expect(inputs).toEqual([files['a.txt'], files['p.html'], '-']);
    expect(run.stderr).toBe(`sourcelight: ${files.dir}/gone.txt: no such file\n`);
  });

  it('--jobs 2 (worker threads) prints the same records as --jobs 1, in input order; stderr stays quiet', () => {
    // Sizes vary a lot, so later records often finish first in the pool: the order must still hold.
    const lines = Array.from({ length: 120 }, (_, i) =>
      i % 17 === 5
        ? 'not json'
        : JSON.stringify(
            i % 3 === 0
              ? { id: `p${i}`, html: NEWS_PAGE }
              : {
                  id: i,
                  text: `"We will finish on time," the engineer said. ${'Work went on. '.repeat((i * 37) % 300)}`,
                },
          ),
    );
    const input = `${lines.join('\n')}\n`;
    const one = sourcelight(['analyze', '--input', 'jsonl', '-f', 'jsonl', '--jobs', '1', '-'], input);
    const two = sourcelight(['analyze', '--input', 'jsonl', '-f', 'jsonl', '--jobs', '2', '-'], input);
    expect(one).toMatchObject({ status: 0, stderr: '' });
    expect(two).toMatchObject({ status: 0, stderr: '' });
    expect(two.stdout).toBe(one.stdout);
    const ids = one.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: unknown }).id);
    expect(ids).toEqual(lines.map((line, i) => (line === 'not json' ? null : i % 3 === 0 ? `p${i}` : i)));
    const progress = sourcelight(['analyze', '--input', 'jsonl', '-f', 'jsonl', '--progress', '-'], input);
    expect(progress.stderr).toMatch(/^sourcelight: 120 documents, [\d.]+\/s, 7 errors\n$/m);
  });

  it('loads the HTML extraction and the WARC reader only when a document needs them', () => {
    const entry = readFileSync(join(dist, 'cli', 'sourcelight.mjs'), 'utf8');
    // linkedom's document class and warcio's CDX field list live in chunks the entry imports on demand.
    expect(entry).not.toMatch(/HTMLDocument = class\b/);
    expect(entry).not.toMatch(/urlkey,timestamp,url/);
    expect(entry).toMatch(/import\(["']\.\/assets\/extract-html-[\w-]+\.js["']\)/);
  });

  it('prints help and exits 2 on a usage error', () => {
    expect(sourcelight(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage:') });
    expect(sourcelight(['analyze', '--format', 'xml', 'x'])).toMatchObject({ status: 2, stdout: '' });
  });

  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const names = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        `f${i}.txt`,
        'Officials said that it would rain.\n'.repeat(200),
      ]),
    );
    const files = tempFiles(names);
    const child = spawn(
      process.execPath,
      ['bin/sourcelight.mjs', 'analyze', '--format', 'jsonl', ...Object.keys(names).map((n) => files[n]!)],
      { env },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
