// `--input warc`: the HTML pages in WARC archives (.warc or .warc.gz; the format Common Crawl and most web
// archives keep), read with warcio, Webrecorder's WARC library. Every record that is not a 200 HTML
// response is skipped and counted by reason.
import type { WARCRecord } from 'warcio';
import type { DocOrFailure } from './document';
import { readCounted } from './read-files';
import { describeError, InputError } from './read-input';

export type SkipReason = 'not a response' | 'not 200' | 'not HTML';

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)/i;

function skipReason(record: WARCRecord): SkipReason | null {
  if (record.warcType !== 'response') return 'not a response';
  if (Number(record.httpHeaders?.statusCode) !== 200) return 'not 200';
  if (!HTML_TYPE.test(record.httpHeaders?.headers.get('content-type') ?? '')) return 'not HTML';
  return null;
}

/** The page's text in the charset its Content-Type names (UTF-8 when none, or one Node does not know). */
function decodeBody(bytes: Uint8Array, contentType: string): string {
  const label = CHARSET.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function* bytesOf(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/** The HTML pages of each archive in turn ("-" is stdin); an unreadable archive is one failure. */
export async function* warcDocs(
  inputs: readonly string[],
  stdin: AsyncIterable<Uint8Array | string>,
  skipped: (reason: SkipReason) => void,
  read: (bytes: number) => void = () => {},
): AsyncGenerator<DocOrFailure> {
  for (const input of inputs) {
    let records = 0;
    try {
      // Loaded with the first archive: runs over text or JSONL never parse warcio.
      const { WARCParser } = await import('warcio');
      const parser = new WARCParser(bytesOf(readCounted(input, stdin, read)));
      for await (const record of parser) {
        records++;
        // warcio reads any text as records with odd headers: a WARC record starts "WARC/1.0" or "WARC/1.1".
        if (!record.warcHeaders.protocol?.startsWith('WARC/')) throw new InputError('not a WARC file');
        const reason = skipReason(record);
        if (reason) {
          skipped(reason);
          continue;
        }
        const id = record.warcHeader('WARC-Record-ID') ?? null;
        const url = record.warcTargetURI ?? null;
        // readFully(true): the body with its chunked transfer and gzip/brotli content encoding undone.
        const content = decodeBody(
          await record.readFully(true),
          record.httpHeaders?.headers.get('content-type') ?? '',
        );
        yield { name: id ?? url ?? input, record: { id, url }, html: true, content };
      }
      if (records === 0) yield { name: input, error: 'no WARC records in it' };
    } catch (error) {
      yield { name: input, error: describeError(error) };
    }
  }
}
