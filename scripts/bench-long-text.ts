// Issue 13's last floor: one 2 MB text (corpus articles joined into one) against the same articles
// analysed one by one, in-process, interleaved round by round.
import { loadavg } from 'node:os';
import { analyze } from '../src/core';
import { median } from './bench-core';

type Floor = (name: string, pass: boolean, detail: string) => void;

const MAX_LONG_TEXT_RATIO = 1.2;
const LONG_TEXT_BYTES = 2_000_000;

/** Adds one run's wall and CPU milliseconds (this process: the analysis and V8's helper threads). */
function timed(runs: { ms: number[]; cpu: number[] }, run: () => void): void {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  runs.ms.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  runs.cpu.push((used.user + used.system) / 1000);
}

export function benchLongText(texts: readonly string[], floor: Floor, repeats: number): void {
  const pieces: string[] = [];
  for (let size = 0, i = 0; size < LONG_TEXT_BYTES; i++) {
    pieces.push(texts[i % texts.length]!);
    size += Buffer.byteLength(pieces.at(-1)!) + 2;
  }
  const whole = pieces.join('\n\n');
  const wholeRuns = { ms: [] as number[], cpu: [] as number[] };
  const splitRuns = { ms: [] as number[], cpu: [] as number[] };
  for (let round = 0; round < repeats; round++) {
    timed(wholeRuns, () => analyze(whole));
    timed(splitRuns, () => pieces.forEach((piece) => analyze(piece)));
  }
  const ratio = median(wholeRuns.ms) / median(splitRuns.ms);
  // CPU time beside the wall time: on a shared machine a neighbour's burst moves one side's wall time
  // (this ratio swung 1.09–1.30 on one tree), much less the CPU either side used.
  const cpuRatio = median(wholeRuns.cpu) / median(splitRuns.cpu);
  console.log(
    `  one ${(whole.length / 1e6).toFixed(1)} MB text: ${median(wholeRuns.ms).toFixed(0)} ms; its ${pieces.length} articles one by one: ${median(splitRuns.ms).toFixed(0)} ms (${ratio.toFixed(2)}×; CPU ${cpuRatio.toFixed(2)}×)`,
  );
  floor(
    'one 2 MB text vs its articles',
    ratio <= MAX_LONG_TEXT_RATIO,
    `${ratio.toFixed(2)}× (floor ≤ ${MAX_LONG_TEXT_RATIO}×; CPU time ${cpuRatio.toFixed(2)}×; load ${loadavg()[0]!.toFixed(1)})`,
  );
}
