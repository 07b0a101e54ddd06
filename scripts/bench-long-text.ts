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

/** Rounds of the two sides. Each side's fastest run is compared: the work is the same every round, so a
 * slower run is the shared machine's noise (a neighbour's burst, a descheduled thread), not the text's cost. */
const ROUNDS = 5;

export function benchLongText(texts: readonly string[], floor: Floor): void {
  const pieces: string[] = [];
  for (let size = 0, i = 0; size < LONG_TEXT_BYTES; i++) {
    pieces.push(texts[i % texts.length]!);
    size += Buffer.byteLength(pieces.at(-1)!) + 2;
  }
  const whole = pieces.join('\n\n');
  const wholeRuns = { ms: [] as number[], cpu: [] as number[] };
  const splitRuns = { ms: [] as number[], cpu: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    timed(wholeRuns, () => analyze(whole));
    timed(splitRuns, () => pieces.forEach((piece) => analyze(piece)));
  }
  const best = (runs: readonly number[]) => Math.min(...runs);
  const ratio = best(wholeRuns.ms) / best(splitRuns.ms);
  // CPU time and the medians beside the best wall times: on a shared machine a neighbour's burst moves
  // one side's wall time (the median ratio swung 1.09–1.30 on one tree), much less the CPU either side used.
  const cpuRatio = median(wholeRuns.cpu) / median(splitRuns.cpu);
  const medianRatio = median(wholeRuns.ms) / median(splitRuns.ms);
  console.log(
    `  one ${(whole.length / 1e6).toFixed(1)} MB text: ${best(wholeRuns.ms).toFixed(0)} ms; its ${pieces.length} articles one by one: ${best(splitRuns.ms).toFixed(0)} ms (best of ${ROUNDS}: ${ratio.toFixed(2)}×; medians ${medianRatio.toFixed(2)}×; CPU ${cpuRatio.toFixed(2)}×)`,
  );
  floor(
    'one 2 MB text vs its articles',
    ratio <= MAX_LONG_TEXT_RATIO,
    `${ratio.toFixed(2)}× best of ${ROUNDS} (floor ≤ ${MAX_LONG_TEXT_RATIO}×; medians ${medianRatio.toFixed(2)}×; CPU time ${cpuRatio.toFixed(2)}×; load ${loadavg()[0]!.toFixed(1)})`,
  );
}
