// The default input: each argument is one document, a text file or (by its name) an HTML page.
import { isHtmlInput } from './analyze-input';
import type { DocOrFailure } from './document';
import { describeError, readInput } from './read-input';

/** One input read, or why it could not be. */
async function fileDoc(input: string, stdin: AsyncIterable<Uint8Array | string>): Promise<DocOrFailure> {
  try {
    return { name: input, html: isHtmlInput(input), content: await readInput(input, stdin) };
  } catch (error) {
    return { name: input, error: describeError(error) };
  }
}

/** The inputs in order; the next file is read while the current one is analysed (two at most in memory).
 * stdin ("-") is read only when its turn comes: read ahead, a second "-" would race it for the stream. */
export async function* fileDocs(
  inputs: readonly string[],
  stdin: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<DocOrFailure> {
  const start = (input: string | undefined) =>
    input === undefined || input === '-' ? null : fileDoc(input, stdin);
  let ahead = start(inputs[0]);
  for (const [i, input] of inputs.entries()) {
    const current = ahead ?? fileDoc(input, stdin);
    ahead = start(inputs[i + 1]);
    yield await current;
  }
}
