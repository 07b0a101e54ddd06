// Entry of the `sourcelight` command (bin/sourcelight.mjs runs the bundle of this file).
// main() takes its streams as arguments, so tests run it in-process.
import { version } from '../../package.json';
import { oneLine } from '../shared/export';
import { articleText, analyzeInput, type HtmlExtractor } from './analyze-input';
import { extractHtml } from './extract-html';
import { USAGE } from './help';
import { parseArgs, type Format } from './parse-args';
import { describeError, readInput } from './read-input';
import { createWriter, send, type Sink } from './write-output';

export interface CliIo {
  readonly stdout: Sink;
  readonly stderr: Sink;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Terminal width for the table; undefined when stdout is not a terminal. */
  readonly columns?: number;
  /** Replaceable for tests; defaults to the extension's extraction over linkedom. */
  readonly extractHtml?: HtmlExtractor;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
});

const reportFailure = (io: CliIo, input: string, error: unknown): Promise<void> =>
  send(io.stderr, `sourcelight: ${input === '-' ? '(stdin)' : oneLine(input)}: ${describeError(error)}\n`);

/** Runs each input through `step`, isolating failures; returns the exit code. */
async function eachInput(
  io: CliIo,
  inputs: readonly string[],
  step: (input: string, content: string) => Promise<void>,
): Promise<number> {
  let failed = false;
  for (const input of inputs) {
    let content: string;
    try {
      content = await readInput(input, io.stdin);
    } catch (error) {
      failed = true;
      await reportFailure(io, input, error);
      continue;
    }
    try {
      await step(input, content);
    } catch (error) {
      failed = true;
      await reportFailure(io, input, error);
    }
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

async function analyzeAll(io: CliIo, format: Format, inputs: readonly string[]): Promise<number> {
  const extract = io.extractHtml ?? extractHtml;
  const writer = createWriter(format, io.stdout, { width: io.columns, inputCount: inputs.length });
  const code = await eachInput(io, inputs, (input, content) =>
    writer.record(input, analyzeInput(input, content, extract).analysis),
  );
  await writer.end();
  return code;
}

async function extractAll(io: CliIo, inputs: readonly string[]): Promise<number> {
  const extract = io.extractHtml ?? extractHtml;
  return eachInput(io, inputs, (input, content) => {
    const { text } = articleText(input, content, extract);
    return send(io.stdout, text.endsWith('\n') ? text : `${text}\n`);
  });
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
    case 'analyze':
      return analyzeAll(io, command.format, command.inputs);
    case 'extract':
      return extractAll(io, command.inputs);
  }
}
