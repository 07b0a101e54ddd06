// examples/spark: the job compiles; its record → rows conversion, run by python3 on the CLI's own output,
// gives one row per statement whose code point offsets slice Python strings right; and, where pyspark and
// Java are installed, the job itself runs in Spark local mode and its Parquet rows equal those rows.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEWS_PAGE, runCli } from './run-cli';

const JOB = 'examples/spark/sourcelight_job.py';
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const PYTHON = has('python3', ['--version']);
const SPARK = PYTHON && has('python3', ['-c', 'import pyspark']) && has('java', ['-version']);
if (!PYTHON) console.warn('[spark] python3 is not installed: the Spark example is not checked.');
else if (!SPARK)
  console.warn('[spark] pyspark or Java is not installed: the Spark local-mode run is skipped.');

const DOCS = [
  {
    id: 'a',
    url: 'https://example.org/a',
    text: '😀 "We need more time," the mayor, Ana Lopez, told reporters. 🏆 Officials said that the bridge would reopen.',
  },
  { id: 2, html: NEWS_PAGE },
  { id: 'bad', text: 5 },
];
const INPUT = `${DOCS.map((d) => JSON.stringify(d)).join('\n')}\n`;

/** Rows by statement_rows() for the CLI's output, each checked in Python against the input text. */
const ROWS_SCRIPT = `
import json, sys
sys.path.insert(0, 'examples/spark')
from sourcelight_job import statement_rows, COLUMNS
texts = {str(d['id']): d.get('text') for d in map(json.loads, open(sys.argv[1]))}
rows = [r for line in sys.stdin for r in statement_rows(line)]
for r in rows:
    text = texts[r[0]]
    if isinstance(text, str):
        assert text[r[3]:r[4]] == r[5], (text[r[3]:r[4]], r[5])
print(json.dumps([dict(zip([c for c, _ in COLUMNS], r)) for r in rows]))
`;

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-spark-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!PYTHON)('examples/spark', () => {
  it('compiles', () => {
    execFileSync('python3', ['-m', 'py_compile', JOB], { env: { ...process.env, PYTHONPYCACHEPREFIX: dir } });
  });

  it('turns the CLI output into one row per statement, with offsets that slice Python strings', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, INPUT);
    const out = await runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl', '--offsets', 'codepoint', '-'], {
      stdin: INPUT,
    });
    const rows = JSON.parse(
      execFileSync('python3', ['-c', ROWS_SCRIPT, input], { input: out.stdout, encoding: 'utf8' }),
    ) as Record<string, unknown>[];
    const records = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { statements?: { text: string; speaker: { name: string } | null }[] });
    expect(rows.map((r) => [r.article_id, r.statement, r.speaker])).toEqual(
      records.flatMap((rec, i) =>
        (rec.statements ?? []).map((s) => [String(DOCS[i]!.id), s.text, s.speaker?.name ?? null]),
      ),
    );
    expect(rows.filter((r) => r.article_id === 'a').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.article_id === '2').length).toBeGreaterThan(0);
    expect(rows.some((r) => r.article_id === 'bad')).toBe(false);
  });

  it.skipIf(!SPARK)(
    'runs in Spark local mode; the Parquet rows equal the CLI output rows',
    async () => {
      const dist = join(dir, 'dist');
      execFileSync(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'],
        {
          env: { ...process.env, SOURCELIGHT_DIST: dist },
        },
      );
      const input = join(dir, 'in.jsonl');
      writeFileSync(input, INPUT);
      const output = join(dir, 'out.parquet');
      const cli = `${process.execPath} ${join(dist, 'cli', 'sourcelight.mjs')}`;
      execFileSync(
        'python3',
        [JOB, '--master', 'local[2]', '--input', input, '--output', output, '--cli', cli],
        { stdio: 'inherit' },
      );
      const read = `import json, sys\nfrom pyspark.sql import SparkSession\ns = SparkSession.builder.master('local[1]').getOrCreate()\nprint(json.dumps([r.asDict() for r in s.read.parquet(sys.argv[1]).collect()]))`;
      const parquet = JSON.parse(
        execFileSync('python3', ['-c', read, output], { encoding: 'utf8' }).trim().split('\n').at(-1)!,
      ) as Record<string, unknown>[];
      const out = await runCli(
        ['analyze', '--input', 'jsonl', '-f', 'jsonl', '--offsets', 'codepoint', '-'],
        { stdin: INPUT },
      );
      const rows = JSON.parse(
        execFileSync('python3', ['-c', ROWS_SCRIPT, input], { input: out.stdout, encoding: 'utf8' }),
      ) as Record<string, unknown>[];
      const key = (r: Record<string, unknown>) => `${String(r.article_id)} ${String(r.statement_id)}`;
      const sorted = (rs: Record<string, unknown>[]) => [...rs].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sorted(parquet)).toEqual(sorted(rows));
    },
    300_000,
  );
});
