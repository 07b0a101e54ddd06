// Entry of the `sourcelight` command (bin/sourcelight.mjs runs the bundle of this file; worker threads
// load the same bundle and serve tasks). main() takes its streams as arguments, so tests run it in-process.
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../package.json';
import { oneLine } from '../shared/export';
import { analyzeAll } from './analyze-all';
import { articleText, isHtmlInput, type HtmlExtractor } from './analyze-input';
import type { DocFailure } from './document';
import { USAGE } from './help';
import { loadExtractHtml, type ExtractorSource } from './load-extract-html';
import { parseArgs } from './parse-args';
import { describeError, readInput } from './read-input';
import type { RenderOptions } from './render-record';
import { runIfEntry } from './run-standalone';
import { serveTasks } from './worker-main';
import { WORKER_KEY } from './worker-pool';
import { send, type Sink } from './write-output';

export interface CliIo {
  readonly stdout: Sink;
  readonly stderr: Sink;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Terminal width for the table; undefined when stdout is not a terminal. */
  readonly columns?: number;
  /** Whether stderr is a terminal: the progress line shows by default only there. */
  readonly stderrIsTty?: boolean;
  /** Replaceable for tests; defaults to the extension's extraction over linkedom. */
  readonly extractHtml?: HtmlExtractor;
  /** The bundle worker threads load (--jobs); without it, every job runs in the main thread. */
  readonly workerUrl?: URL;
  /** --jobs' default; defaults to the machine's cores. */
  readonly cores?: number;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

const workerOptions = (workerData as Record<string, RenderOptions> | null)?.[WORKER_KEY];
if (!isMainThread && workerOptions) serveTasks(workerOptions);

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrIsTty: process.stderr.isTTY,
  // This file, bundled, is dist/cli/sourcelight.mjs: the workers run the bundle itself.
  workerUrl: new URL(import.meta.url),
});

const reportFailure = (io: CliIo, { name, error }: DocFailure): Promise<void> =>
  // On a terminal, "\r\x1b[K" first clears a progress line the message would otherwise run into.
  send(
    io.stderr,
    `${io.stderrIsTty ? '\r\x1b[K' : ''}sourcelight: ${name === '-' ? '(stdin)' : oneLine(name)}: ${error}\n`,
  );

/** What a text input gets instead of the HTML extraction it never calls. */
const noHtml: HtmlExtractor = () => null;

const extractorOf = ({ extractHtml }: CliIo): ExtractorSource =>
  extractHtml ? () => extractHtml : loadExtractHtml;

async function extractAll(io: CliIo, inputs: readonly string[]): Promise<number> {
  let failed = false;
  for (const input of inputs) {
    try {
      const extract = io.extractHtml ?? (isHtmlInput(input) ? await loadExtractHtml() : noHtml);
      const { text } = articleText(input, await readInput(input, io.stdin), extract);
      await send(io.stdout, text.endsWith('\n') ? text : `${text}\n`);
    } catch (error) {
      failed = true;
      await reportFailure(io, { name: input, error: describeError(error) });
    }
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      await send(io.stdout, USAGE);
      return EXIT_OK;
    case 'version':
      await send(io.stdout, `sourcelight ${version}\n`);
      return EXIT_OK;
    case 'usage-error':
      await send(io.stderr, `sourcelight: ${command.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'analyze': {
      const ok = await analyzeAll(
        command,
        {
          ...io,
          extractor: extractorOf(io),
          cores: io.cores ?? availableParallelism(),
          stderrIsTty: io.stderrIsTty ?? false,
          reportFailure: (failure) => reportFailure(io, failure),
        },
        io.stderr,
      );
      return ok ? EXIT_OK : EXIT_INPUT_FAILED;
    }
    case 'extract':
      return extractAll(io, command.inputs);
  }
}

if (isMainThread) runIfEntry(import.meta.url, main);
