// The archive inputs' bytes, counted as they are read: with every input a file, their total size is known
// up front, and the share read so far gives the progress line its ETA (the number of records is not
// known until the end).
import { createReadStream, statSync } from 'node:fs';

/** Reads `input` ("-": stdin), reporting each chunk's size to `read`. */
export async function* readCounted(
  input: string,
  stdin: AsyncIterable<Uint8Array | string>,
  read: (bytes: number) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of input === '-' ? stdin : createReadStream(input)) {
    read(typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array).byteLength);
    yield chunk as Uint8Array | string;
  }
}

/** The inputs' total size in bytes, or undefined when one is stdin or cannot be read (its error comes later). */
export function totalBytes(inputs: readonly string[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    try {
      total += statSync(input).size;
    } catch {
      return undefined;
    }
  }
  return total;
}
