// The default input: each argument is one document, a text file or (by its name) an HTML page.
import { isHtmlInput } from './analyze-input';
import type { DocOrFailure } from './document';
import { describeError, readInput } from './read-input';

export async function* fileDocs(
  inputs: readonly string[],
  stdin: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<DocOrFailure> {
  for (const input of inputs) {
    try {
      yield { name: input, html: isHtmlInput(input), content: await readInput(input, stdin) };
    } catch (error) {
      yield { name: input, error: describeError(error) };
    }
  }
}
