// docs/schema/analysis.schema.json against what the CLI really prints: file records, stream records, error
// records, both offset modes, and (when ../shared is present) a sample of the shared corpus for richer
// output. Broken records must fail, so the schema is not one that accepts anything.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { NEWS_PAGE, runCli, tempFiles } from './run-cli';

const schema = JSON.parse(readFileSync('docs/schema/analysis.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const CORPUS = '../shared/corpus/polnear.dev.jsonl';
/** Every k-th corpus text: enough variety (agencies, credits, roles) at a few seconds' cost. */
const CORPUS_STEP = 12;

const TEXT = '😀 "We need more time," the mayor, Ana Lopez, told reporters, according to Reuters.\n';
/** Not read: the record says which language it is in. */
const GERMAN =
  'Die Bürgermeisterin sagte am Montag, dass die Brücke im März wieder geöffnet werde. Sie ist nicht die ' +
  'einzige, die das glaubt, und die Stadt hat noch nicht gesagt, wie viel die Arbeiten kosten werden.\n';

async function outputs(): Promise<unknown[]> {
  const files = tempFiles({ 'a.txt': TEXT, 'p.html': NEWS_PAGE });
  const stream = [
    JSON.stringify({ id: 'a', url: 'https://example.org/a', text: TEXT }),
    JSON.stringify({ id: 2, html: NEWS_PAGE }),
    'not json',
    JSON.stringify({ id: 'x' }),
    JSON.stringify({ id: 'de', text: GERMAN }),
  ].join('\n');
  const runs = await Promise.all([
    runCli(['analyze', '-f', 'jsonl', files['a.txt']!, files['p.html']!]),
    runCli(['analyze', '-f', 'jsonl', '--input', 'jsonl', '-'], { stdin: stream }),
    runCli(['analyze', '-f', 'jsonl', '--input', 'jsonl', '--offsets', 'codepoint', '-'], { stdin: stream }),
  ]);
  return runs.flatMap((r) => r.stdout.trim().split('\n')).map((line) => JSON.parse(line) as unknown);
}

describe('docs/schema/analysis.schema.json', () => {
  it('accepts every record the CLI prints', async () => {
    const records = await outputs();
    expect(records).toHaveLength(2 + 5 + 5);
    for (const record of records) expect(validate(record) ? [] : validate.errors).toEqual([]);
    expect(records.at(-1)).toMatchObject({ id: 'de', statements: [], unsupportedLanguage: { code: 'de' } });
  });

  it.skipIf(!existsSync(CORPUS))('accepts the records of a corpus sample', async () => {
    const stdin = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((line, i) => line.trim() && i % CORPUS_STEP === 0)
      .map((line, i) => JSON.stringify({ id: i, text: (JSON.parse(line) as { text: string }).text }))
      .join('\n');
    const run = await runCli(['analyze', '-f', 'jsonl', '--input', 'jsonl', '-'], { stdin });
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { statements: unknown[] });
    expect(records.reduce((n, r) => n + r.statements.length, 0)).toBeGreaterThan(50);
    for (const record of records) expect(validate(record) ? [] : validate.errors).toEqual([]);
  });
  if (!existsSync(CORPUS)) console.warn(`[schema] ${CORPUS} is absent: the corpus sample is skipped.`);

  type Rec = Record<string, unknown> & { statements: Record<string, unknown>[] };
  it.each<[string, (r: Rec) => unknown]>([
    [
      'a statement without confidence',
      (r) => ({ ...r, statements: [{ ...r.statements[0], confidence: undefined }] }),
    ],
    ['an unknown kind', (r) => ({ ...r, statements: [{ ...r.statements[0], kind: 'quoted' }] })],
    ['a negative offset', (r) => ({ ...r, statements: [{ ...r.statements[0], start: -1 }] })],
    ['a fractional offset', (r) => ({ ...r, statements: [{ ...r.statements[0], end: 2.5 }] })],
    ['an extra key', (r) => ({ ...r, extra: true })],
    ['both input and id', (r) => ({ ...r, id: 'x' })],
    ['no article', (r) => ({ ...r, article: undefined })],
    ['a language without its code', (r) => ({ ...r, unsupportedLanguage: {} })],
    ['an error without id', () => ({ error: 'bad' })],
    ['an error record with statements', (r) => ({ id: 1, error: 'bad', statements: r.statements })],
  ])('rejects %s', async (_name, mutate) => {
    const files = tempFiles({ 'a.txt': TEXT });
    const run = await runCli(['analyze', '-f', 'jsonl', files['a.txt']!]);
    const record = JSON.parse(run.stdout) as Rec;
    expect(record.statements.length).toBeGreaterThan(0);
    expect(validate(record)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(mutate(record))))).toBe(false);
  });
});
