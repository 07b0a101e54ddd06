// Issue 13's last floor: one 2 MB text (corpus articles joined into one) against the same articles
// analysed one by one, in-process, interleaved round by round.
import { loadavg } from 'node:os';
import { analyze } from '../src/core';
import { median } from './bench-core';

type Floor = (name: string, pass: boolean, detail: string) => void;

const MAX_LONG_TEXT_RATIO = 1.2;
const LONG_TEXT_BYTES = 2_000_000;

export function benchLongText(texts: readonly string[], floor: Floor, repeats: number): void {
  const pieces: string[] = [];
  for (let size = 0, i = 0; size < LONG_TEXT_BYTES; i++) {
    pieces.push(texts[i % texts.length]!);
    size += Buffer.byteLength(pieces.at(-1)!) + 2;
  }
  const whole = pieces.join('\n\n');
  const wholeMs: number[] = [];
  const splitMs: number[] = [];
  for (let round = 0; round < repeats; round++) {
    let start = performance.now();
    analyze(whole);
    wholeMs.push(performance.now() - start);
    start = performance.now();
    for (const piece of pieces) analyze(piece);
    splitMs.push(performance.now() - start);
  }
  const ratio = median(wholeMs) / median(splitMs);
  console.log(
    `  one ${(whole.length / 1e6).toFixed(1)} MB text: ${median(wholeMs).toFixed(0)} ms; its ${pieces.length} articles one by one: ${median(splitMs).toFixed(0)} ms (${ratio.toFixed(2)}×)`,
  );
  floor(
    'one 2 MB text vs its articles',
    ratio <= MAX_LONG_TEXT_RATIO,
    `${ratio.toFixed(2)}× (floor ≤ ${MAX_LONG_TEXT_RATIO}×; load ${loadavg()[0]!.toFixed(1)})`,
  );
}
