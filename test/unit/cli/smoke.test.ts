// One real process: the built bundle behind bin/sourcelight.mjs, as `npx sourcelight` runs it.
// Builds into a temp SOURCELIGHT_DIST so it never touches another build.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
