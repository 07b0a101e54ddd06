// Reads one input (a path, or "-" for stdin) as text, or says clearly why it can't.
import { readFile, stat } from 'node:fs/promises';

/** Larger inputs are refused rather than risking the process's memory on one stray file (e.g. a disk image). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

// ignoreBOM keeps a leading U+FEFF in the text, so offsets match `readFileSync(path, 'utf8')` and every
// other reader that decodes the file verbatim. fatal rejects anything that is not UTF-8.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly; binary data and other encodings become an InputError. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`too large (over ${MAX_INPUT_BYTES} bytes)`);
  // A NUL byte is valid UTF-8 but never occurs in text: the usual sign of a binary file (or UTF-16).
  if (bytes.includes(0)) throw new InputError('looks like a binary file (contains NUL bytes), not text');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Turns a thrown value into the short reason printed after the file name. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code];
  return error instanceof Error ? error.message : String(error);
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`too large (over ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readInput(input: string, stdin: AsyncIterable<Uint8Array | string>): Promise<string> {
  if (input === '-') return decodeText(await readStream(stdin));
  const info = await stat(input);
  if (info.isDirectory()) throw new InputError('is a directory');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`too large (over ${MAX_INPUT_BYTES} bytes)`);
  return decodeText(await readFile(input));
}
