// Splits a byte stream into lines without ever holding more than one line (plus one chunk): the JSONL
// input's memory stays flat however long the stream is, and a full consumer pauses the reading.

/** A line over the size limit: skipped up to its newline, reported as this marker. */
export const TOO_LONG = Symbol('line too long');

const toBuffer = (chunk: Uint8Array | string): Buffer =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, 'utf8')
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Lines without their "\n" (a "\r" before it stays; JSON ignores it as whitespace). */
export async function* splitLines(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Buffer | typeof TOO_LONG> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const add = (piece: Buffer) => {
    size += piece.length;
    if (size > maxBytes) tooLong = true;
    if (tooLong) parts = [];
    else if (piece.length) parts.push(piece);
  };
  const take = (): Buffer | typeof TOO_LONG => {
    const line = tooLong ? TOO_LONG : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const buffer = toBuffer(chunk);
    let start = 0;
    for (let nl = buffer.indexOf(10); nl !== -1; nl = buffer.indexOf(10, start)) {
      add(buffer.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    add(buffer.subarray(start));
  }
  if (size > 0 || tooLong) yield take();
}
