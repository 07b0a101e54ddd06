// `npm run bench`'s CLI section (issue 13): whole `sourcelight` processes over the shared corpus and saved
// pages — files vs a JSONL stream, 1 vs N workers, the in-process core as the yardstick — resident
// memory over a long generated stream, and one 2 MB text against the same text split into its articles.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core';
import { benchLongText } from './bench-long-text';
import { buildCli, buildCorePass, generatedStream, timeCli, timeNode, type CliRun } from './bench-cli-run';
import { median, utf8Bytes, WARMUP_TEXTS } from './bench-core';

type Floor = (name: string, pass: boolean, detail: string) => void;

const PAGES = '../shared/newspages';
/** Whole-process runs per configuration, interleaved so the shared machine's load hits each alike. */
const REPEATS = 3;
/** Floors from issue 13. */
const MAX_STREAM_OVERHEAD = 0.1;
const MIN_SCALING_PER_WORKER = 0.7;
const MAX_RSS_MB = 300;
const MAX_CLI_OVER_CORE = 1.5;
const SCALING_PASSES = 3;

const jsonl = (records: readonly object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
/** The machine's load while a figure was measured: on a shared machine, whole-process timings move with it. */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

type Config =
  { args: string[]; input: string } | { node: string[]; input: string } | { inProcess: () => void };

/** Median wall time of each configuration (a CLI process, or an in-process pass), run round-robin. */
async function interleaved(dist: string, configs: readonly Config[]): Promise<number[]> {
  const runs = configs.map((): number[] => []);
  for (let round = 0; round < REPEATS; round++)
    for (const [i, config] of configs.entries()) {
      if ('args' in config) runs[i]!.push((await timeCli(dist, config.args, config.input)).ms);
      else if ('node' in config) runs[i]!.push((await timeNode(dist, config.node, config.input)).ms);
      else {
        const start = performance.now();
        config.inProcess();
        runs[i]!.push(performance.now() - start);
      }
    }
  return runs.map((r) => median(r));
}

/** Files vs the same texts as a JSONL stream, one worker each, against the in-process core. */
async function benchCorpus(dist: string, texts: readonly string[], floor: Floor): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-texts-'));
  const files = texts.map((text, i) => {
    const path = join(dir, `t${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const stream = jsonl(texts.map((text, id) => ({ id, text })));
  for (const text of texts.slice(0, WARMUP_TEXTS)) analyze(text); // the in-process side starts warm
  // The in-process passes take turns with the CLI runs: a neighbour's load then hits both sides alike,
  // where a yardstick timed minutes earlier made the ratio swing with whatever else ran at either time.
  const corePass = await buildCorePass(dist);
  const [core, coreProcess, filesMs, streamMs] = (await interleaved(dist, [
    { inProcess: () => texts.forEach((t) => analyze(t)) },
    { node: [corePass], input: stream },
    { args: ['analyze', '-f', 'jsonl', '--jobs', '1', ...files], input: '' },
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', '1', '-'], input: stream },
  ])) as [number, number, number, number];
  rmSync(dir, { recursive: true, force: true });
  const rate = (ms: number) => `${((texts.length / ms) * 1000).toFixed(0)} docs/s`;
  const mb = (utf8Bytes(texts) / 1e6).toFixed(2);
  console.log(`  corpus, ${texts.length} texts (${mb} MB), one worker, median of ${REPEATS} (${load()}):`);
  console.log(`    in-process core  ${core.toFixed(0).padStart(6)} ms  ${rate(core)}`);
  const row = (name: string, ms: number) =>
    console.log(
      `    ${name} ${ms.toFixed(0).padStart(6)} ms  ${rate(ms)}  (${(ms / core).toFixed(2)}× core)`,
    );
  row('core, fresh proc', coreProcess);
  row('files           ', filesMs);
  row('jsonl stream    ', streamMs);
  const overhead = streamMs / filesMs;
  floor(
    'CLI: stream over files',
    overhead <= 1 + MAX_STREAM_OVERHEAD,
    `${pct(overhead)} (floor ≤ +${MAX_STREAM_OVERHEAD * 100} %)`,
  );
  const overCore = Math.min(filesMs, streamMs) / core;
  // The fresh core process in the detail (not a floor): the part of the gap any new process pays.
  floor(
    'CLI process vs in-process core',
    overCore <= MAX_CLI_OVER_CORE,
    `${overCore.toFixed(2)}× (floor ≤ ${MAX_CLI_OVER_CORE}×; a fresh process running only the core: ${(coreProcess / core).toFixed(2)}×; ${load()})`,
  );
}

/** Documents per second at 1 and N workers; `what` names the documents in the report. */
async function benchScaling(
  dist: string,
  what: string,
  docs: number,
  stream: string,
  floor: Floor,
  jobs: number,
): Promise<void> {
  const [one, many] = (await interleaved(dist, [
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', '1', '-'], input: stream },
    { args: ['analyze', '-f', 'jsonl', '--input', 'jsonl', '--jobs', String(jobs), '-'], input: stream },
  ])) as [number, number];
  const rate = (ms: number) => `${((docs / ms) * 1000).toFixed(1)} docs/s`;
  console.log(`  ${what}, median of ${REPEATS} (${load()}):`);
  console.log(`    --jobs 1  ${one.toFixed(0).padStart(6)} ms  ${rate(one)}`);
  console.log(
    `    --jobs ${jobs}  ${many.toFixed(0).padStart(6)} ms  ${rate(many)}  (${(one / many).toFixed(2)}×)`,
  );
  const perWorker = one / many / jobs;
  floor(
    `CLI: ${jobs} workers, ${what.split(',')[0]}`,
    perWorker >= MIN_SCALING_PER_WORKER,
    `${(one / many).toFixed(2)}× one worker = ${perWorker.toFixed(2)} × ${jobs} (floor ≥ ${MIN_SCALING_PER_WORKER} × ${jobs}; ${load()})`,
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
  await benchScaling(
    dist,
    `saved pages, ${dirs.length} HTML documents (extraction + analysis)`,
    dirs.length,
    stream,
    floor,
    jobs,
  );
}

async function benchMemory(dist: string, texts: readonly string[], floor: Floor, mb: number): Promise<void> {
  const run: CliRun = await timeCli(
    dist,
    ['analyze', '-f', 'jsonl', '--input', 'jsonl', '-'],
    generatedStream(texts, mb * 1e6),
    true,
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
    `peak ${run.peakRssMb.toFixed(0)} MB, its processes together (floor < ${MAX_RSS_MB} MB)`,
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
    await benchCorpus(dist, texts, floor);
    // The corpus SCALING_PASSES times over: a batch long enough that each worker's start-up (loading
    // the bundle, warming its JIT) weighs as it does in real runs, not as a third of a 3-second one.
    const passes = Array.from({ length: SCALING_PASSES }, () => texts).flat();
    const stream = jsonl(passes.map((text, id) => ({ id, text })));
    await benchScaling(
      dist,
      `corpus, ${passes.length} texts (the corpus ${SCALING_PASSES}×)`,
      passes.length,
      stream,
      floor,
      jobs,
    );
    await benchPages(dist, floor, jobs);
    benchLongText(texts, floor, REPEATS);
    if (streamMb > 0) await benchMemory(dist, texts, floor, streamMb);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  console.log();
}
