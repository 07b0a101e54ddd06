// `npm run bench`'s CLI section (issue 13): whole `sourcelight` processes over the shared corpus and saved
// pages — files vs a JSONL stream, 1 vs N worker threads, the in-process core as the yardstick — resident
// memory over a long generated stream, and one 2 MB text against the same text split into its articles.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core';
import { buildCli, generatedStream, timeCli, type CliRun } from './bench-cli-run';
import { median, throughput, utf8Bytes } from './bench-core';

type Floor = (name: string, pass: boolean, detail: string) => void;

const PAGES = '../shared/newspages';
/** Whole-process runs per configuration, interleaved so the shared machine's load hits each alike. */
const REPEATS = 3;
/** Floors from issue 13. */
const MAX_STREAM_OVERHEAD = 0.1;
const MIN_SCALING_PER_WORKER = 0.7;
const MAX_RSS_MB = 300;
const MAX_CLI_OVER_CORE = 1.5;
const MAX_LONG_TEXT_RATIO = 1.2;
const LONG_TEXT_BYTES = 2_000_000;

const jsonl = (records: readonly object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

/** Median wall time of each configuration, run round-robin. */
async function interleaved(
  dist: string,
  configs: readonly { args: string[]; input: string }[],
): Promise<number[]> {
  const runs = configs.map((): number[] => []);
  for (let round = 0; round < REPEATS; round++)
    for (const [i, { args, input }] of configs.entries())
      runs[i]!.push((await timeCli(dist, args, input)).ms);
  return runs.map((r) => median(r));
}

async function benchCorpus(
  dist: string,
  texts: readonly string[],
  floor: Floor,
  jobs: number,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-texts-'));
  const files = texts.map((text, i) => {
    const path = join(dir, `t${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const stream = jsonl(texts.map((text, id) => ({ id, text })));
  const core = throughput(texts, (t) => analyze(t), REPEATS).ms;
  const [filesMs, streamMs, poolMs] = (await interleaved(dist, [
    { args: ['analyze', '-f', 'jsonl', '--jobs', '1', ...files], input: '' },
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', '1', '-'], input: stream },
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', String(jobs), '-'], input: stream },
  ])) as [number, number, number];
  rmSync(dir, { recursive: true, force: true });
  const rate = (ms: number) => `${((texts.length / ms) * 1000).toFixed(0)} docs/s`;
  console.log(
    `  corpus, ${texts.length} texts (${(utf8Bytes(texts) / 1e6).toFixed(2)} MB), median of ${REPEATS}:`,
  );
  console.log(`    in-process core        ${core.toFixed(0).padStart(6)} ms  ${rate(core)}`);
  console.log(
    `    files, --jobs 1        ${filesMs.toFixed(0).padStart(6)} ms  ${rate(filesMs)}  (${(filesMs / core).toFixed(2)}× core)`,
  );
  console.log(
    `    jsonl stream, --jobs 1 ${streamMs.toFixed(0).padStart(6)} ms  ${rate(streamMs)}  (${pct(streamMs / filesMs)} over files)`,
  );
  console.log(
    `    jsonl stream, --jobs ${jobs} ${poolMs.toFixed(0).padStart(6)} ms  ${rate(poolMs)}  (${(streamMs / poolMs).toFixed(2)}× --jobs 1)`,
  );
  floor(
    'CLI: stream over files',
    streamMs / filesMs <= 1 + MAX_STREAM_OVERHEAD,
    `${pct(streamMs / filesMs)} (floor ≤ +${MAX_STREAM_OVERHEAD * 100} %)`,
  );
  const perWorker = streamMs / poolMs / jobs;
  floor(
    `CLI: ${jobs} workers, corpus`,
    perWorker >= MIN_SCALING_PER_WORKER,
    `${(streamMs / poolMs).toFixed(2)}× one worker = ${perWorker.toFixed(2)} × ${jobs} (floor ≥ ${MIN_SCALING_PER_WORKER} × ${jobs})`,
  );
  const overCore = Math.min(filesMs, streamMs) / core;
  floor(
    'CLI process vs in-process core',
    overCore <= MAX_CLI_OVER_CORE,
    `${overCore.toFixed(2)}× (one worker; floor ≤ ${MAX_CLI_OVER_CORE}×)`,
  );
}

async function benchPages(dist: string, floor: Floor, jobs: number): Promise<void> {
  const dirs = existsSync(PAGES)
    ? readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html')))
    : [];
  if (dirs.length === 0) {
    console.log(`  pages: skipped (${PAGES} not found)`);
    return;
  }
  const stream = jsonl(
    dirs.map((id) => ({ id, html: readFileSync(join(PAGES, id, 'source.html'), 'utf8') })),
  );
  const [one, many] = (await interleaved(dist, [
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', '1', '-'], input: stream },
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', String(jobs), '-'], input: stream },
  ])) as [number, number];
  const rate = (ms: number) => `${((dirs.length / ms) * 1000).toFixed(1)} docs/s`;
  console.log(`  saved pages, ${dirs.length} HTML documents (extraction + analysis), median of ${REPEATS}:`);
  console.log(`    --jobs 1  ${one.toFixed(0).padStart(6)} ms  ${rate(one)}`);
  console.log(
    `    --jobs ${jobs}  ${many.toFixed(0).padStart(6)} ms  ${rate(many)}  (${(one / many).toFixed(2)}×)`,
  );
  const perWorker = one / many / jobs;
  floor(
    `CLI: ${jobs} workers, pages`,
    perWorker >= MIN_SCALING_PER_WORKER,
    `${(one / many).toFixed(2)}× one worker = ${perWorker.toFixed(2)} × ${jobs} (floor ≥ ${MIN_SCALING_PER_WORKER} × ${jobs})`,
  );
}

async function benchMemory(dist: string, texts: readonly string[], floor: Floor, mb: number): Promise<void> {
  const run: CliRun = await timeCli(
    dist,
    ['analyze', '-f', 'jsonl', '--input', 'jsonl', '-'],
    generatedStream(texts, mb * 1e6),
  );
  const quarter = (q: number) =>
    run.rssMb[Math.min(run.rssMb.length - 1, Math.floor((run.rssMb.length * q) / 4))]?.toFixed(0);
  console.log(
    `  a ${mb} MB JSONL stream (default --jobs): ${(run.ms / 1000).toFixed(0)} s, ${(mb / (run.ms / 1000)).toFixed(2)} MB/s`,
  );
  console.log(
    `    resident memory at 25/50/75/100 %: ${[1, 2, 3, 4].map(quarter).join(' / ')} MB; peak ${run.peakRssMb.toFixed(0)} MB`,
  );
  floor(
    `CLI: memory on a ${mb} MB stream`,
    run.peakRssMb < MAX_RSS_MB,
    `peak ${run.peakRssMb.toFixed(0)} MB (floor < ${MAX_RSS_MB} MB)`,
  );
}

function benchLongText(texts: readonly string[], floor: Floor): void {
  const pieces: string[] = [];
  for (let size = 0, i = 0; size < LONG_TEXT_BYTES; i++) {
    pieces.push(texts[i % texts.length]!);
    size += Buffer.byteLength(pieces.at(-1)!) + 2;
  }
  const whole = pieces.join('\n\n');
  const wholeMs: number[] = [];
  const splitMs: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
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
    `${ratio.toFixed(2)}× (floor ≤ ${MAX_LONG_TEXT_RATIO}×)`,
  );
}

/** The CLI section; `streamMb` sizes the memory run (1000 for the 1 GB). */
export async function benchCli(
  texts: readonly string[] | null,
  floor: Floor,
  streamMb: number,
): Promise<void> {
  const jobs = availableParallelism();
  console.log(`CLI (whole processes, start-up included; ${jobs} cores):`);
  if (!texts) {
    console.log('  skipped (no corpus)\n');
    return;
  }
  const dist = buildCli();
  try {
    await benchCorpus(dist, texts, floor, jobs);
    await benchPages(dist, floor, jobs);
    benchLongText(texts, floor);
    if (streamMb > 0) await benchMemory(dist, texts, floor, streamMb);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  console.log();
}
