// Runs the CLI's main() in-process with captured streams.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main, type CliIo } from '../../../src/cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  return { stream, text: () => text };
}

export async function runCli(
  argv: readonly string[],
  options: { stdin?: string | Buffer; extractHtml?: CliIo['extractHtml']; columns?: number } = {},
): Promise<CliRun> {
  const stdout = capture();
  const stderr = capture();
  const code = await main(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    ...(options.extractHtml ? { extractHtml: options.extractHtml } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A fresh temp dir with the given files (string = UTF-8 text, Buffer = raw bytes); returns their paths. */
export function tempFiles(files: Record<string, string | Buffer>): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  const paths: Record<string, string> = { dir };
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], content);
  }
  return paths as Record<string, string> & { dir: string };
}

/** A small news page: enough prose for the extraction's minimum, plus metadata for the hints. */
export const NEWS_PAGE = `<!doctype html><html><head><title>Harbour plan | Example Times</title>
<meta property="og:title" content="City council delays the harbour plan">
<meta property="og:site_name" content="Example Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>City council delays the harbour plan</h1>
<p>The city council voted on Tuesday to delay the harbour plan by a year, after residents crowded the
public hearing and several members asked for a new environmental study of the bay.</p>
<p>"We need more time to get this right," the mayor, Ana Lopez, told reporters after the vote.</p>
<p>Opponents said that the plan would raise rents in the old port district, according to a report by the
Harbour Gazette, while supporters warned that the delay would cost the city federal funding.</p>
</article><footer>© Example Times</footer></body></html>`;
