// --input warc over small archives built here with warcio's own writer, from pages written for this test:
// 200 HTML responses become records (through the extension's extraction), everything else is skipped
// and counted.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { extractHtml } from '../../../src/cli/extract-html';
import { toJsonRecord } from '../../../src/shared/export';
import { NEWS_PAGE, runCli, tempFiles } from './run-cli';

const SECOND_PAGE = `<!doctype html><html><head><title>Café owners protest | Lakeside Post</title>
<meta property="og:site_name" content="Lakeside Post"></head><body><article><h1>Café owners protest new tax</h1>
<p>Owners of small cafés gathered outside the town hall on Friday to protest against a new tax on outdoor
seating, which the council approved last month without a public consultation.</p>
<p>"This tax will close half the terraces in town," said Marie Dubois, who runs a café near the station.</p>
<p>The council's finance officer said that the money would pay for new pavements in the old town.</p>
</article></body></html>`;

interface Entry {
  readonly url: string;
  readonly type?: 'response' | 'request' | 'warcinfo';
  readonly status?: number;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  readonly body: Uint8Array;
}

async function warcBytes(entries: readonly Entry[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const type = e.type ?? 'response';
    const record = WARCRecord.create(
      {
        url: e.url,
        type,
        ...(type === 'request'
          ? { statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'example.org' } }
          : type === 'response'
            ? {
                statusline: `HTTP/1.1 ${e.status ?? 200} X`,
                httpHeaders: { 'Content-Type': e.contentType ?? 'text/html; charset=utf-8', ...e.headers },
              }
            : {}),
      },
      (async function* () {
        yield e.body;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

const ENTRIES: readonly Entry[] = [
  { url: 'urn:info', type: 'warcinfo', body: utf8('software: test\r\n') },
  { url: 'https://example.org/harbour', type: 'request', body: utf8('') },
  { url: 'https://example.org/harbour', body: utf8(NEWS_PAGE) },
  { url: 'https://example.org/gone', status: 404, body: utf8(NEWS_PAGE) },
  {
    url: 'https://example.org/logo.png',
    contentType: 'image/png',
    body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  },
  // Latin-1, as its Content-Type says, so "Café" must not come out as mojibake.
  {
    url: 'https://example.org/cafe',
    contentType: 'text/html; charset=ISO-8859-1',
    body: Buffer.from(SECOND_PAGE, 'latin1'),
  },
  // A gzip-encoded body, as servers send and crawlers keep.
  {
    url: 'https://example.org/cafe-gz',
    headers: { 'Content-Encoding': 'gzip' },
    body: gzipSync(utf8(SECOND_PAGE)),
  },
];

function expected(url: string, page: string) {
  const article = extractHtml(page)!;
  const { input: _input, ...rest } = toJsonRecord('', analyze(article.text, article.hints));
  return { url, ...rest };
}

describe('analyze --input warc', () => {
  it.each([
    ['file.warc.gz', true],
    ['file.warc', false],
  ])('%s: the 200 HTML responses, in order, skipped records counted', async (name, gzip) => {
    const files = tempFiles({});
    const path = `${files.dir}/${name}`;
    writeFileSync(path, await warcBytes(ENTRIES, gzip));
    const run = await runCli(['analyze', '--input', 'warc', '--format', 'jsonl', '--progress', path]);
    expect(run.code).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; url: string });
    expect(records.map(({ id: _id, ...rest }) => rest)).toEqual([
      expected('https://example.org/harbour', NEWS_PAGE),
      expected('https://example.org/cafe', SECOND_PAGE),
      expected('https://example.org/cafe-gz', SECOND_PAGE),
    ]);
    for (const r of records) expect(r.id).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    expect(new Set(records.map((r) => r.id)).size).toBe(3);
    expect(run.stderr).toMatch(
      /^sourcelight: 3 documents, [\d.]+\/s, 0 errors, 4 skipped \(2 not a response, 1 not 200, 1 not HTML\)\n$/m,
    );
  });

  it('reports a file that is not a WARC, or missing, on stderr and goes on', async () => {
    const files = tempFiles({ 'not.warc': 'hello, I am plain text\n', 'empty.warc': '' });
    const good = `${files.dir}/good.warc.gz`;
    writeFileSync(good, await warcBytes(ENTRIES.slice(2, 3), true));
    const missing = `${files.dir}/missing.warc.gz`;
    const run = await runCli([
      'analyze',
      '--input',
      'warc',
      '-f',
      'jsonl',
      missing,
      files['not.warc']!,
      files['empty.warc']!,
      good,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toBe(
      [
        `sourcelight: ${missing}: no such file`,
        `sourcelight: ${files['not.warc']}: not a WARC file`,
        `sourcelight: ${files['empty.warc']}: no WARC records in it`,
        '',
      ].join('\n'),
    );
  });
});
