// `npm run bench`'s CLI section (issue 13): whole `sourcelight` processes over the shared corpus and saved
// pages — files vs a JSONL stream, 1 vs N workers, the in-process core as the yardstick — resident
// memory over a long generated stream, and one 2 MB text against the same text split into its articles.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core';
import { benchLongText } from './bench-long-text';
import { buildCli, buildCorePass, generatedStream, timeCli, timeNode, type CliRun } from './bench-cli-run';
import {
  marks,
  repeat,
  reportScaling,
  timing,
  type Floor,
  type Passes,
  type Run,
  type Timing,
} from './bench-cli-scaling';
import { median, utf8Bytes, WARMUP_TEXTS } from './bench-core';

const PAGES = '../shared/newspages';
/** Whole-process runs per configuration, interleaved so the shared machine's load hits each alike. */
const REPEATS = 3;
/** Floors from issue 13. */
const MAX_STREAM_OVERHEAD = 0.1;
const MAX_RSS_MB = 300;
const MAX_CLI_OVER_CORE = 1.5;
/** The timed streams (bench-cli-scaling.ts): on a quiet 2-core machine one worker takes about 1.3 s a
 * corpus pass and 1.8 s a pages pass, so a round of the corpus configurations takes about a minute. One
 * worker's page passes settle after two passes; two workers', each seeing half of the stream, after four
 * (quiet machine, per pass: one worker 3.4, 2.2, 2.1, 1.9, 1.9, 1.9 s; two 2.9, 1.6, 1.3, 1.4, 1.2, 1.2 s). */
const CORPUS: Passes = { passes: 6, warm: 3 };
const PAGE_PASSES: Passes = { passes: 6, warm: 4 };

const jsonl = (records: readonly object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
/** The machine's load while a figure was measured: on a shared machine, whole-process timings move with it. */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;
const cli = (...args: string[]) => ['analyze', '-f', 'jsonl', ...args];

type Config =
  | { args: string[]; input: string; marks?: number[] }
  | { node: string[]; input: string }
  | { inProcess: () => void };

/** Every run of each configuration (a CLI process, or an in-process pass), run round-robin. */
async function interleaved(dist: string, configs: readonly Config[]): Promise<Run[][]> {
  const runs = configs.map((): Run[] => []);
  for (let round = 0; round < REPEATS; round++)
    for (const [i, config] of configs.entries()) {
      if ('args' in config)
        runs[i]!.push(await timeCli(dist, config.args, config.input, false, config.marks));
      else if ('node' in config) runs[i]!.push(await timeNode(dist, config.node, config.input));
      else {
        const start = performance.now();
        config.inProcess();
        runs[i]!.push({ ms: performance.now() - start, marksMs: [] });
      }
    }
  return runs;
}

interface CorpusTimes {
  readonly coreMs: number;
  readonly coreProcessMs: number;
  readonly files: Timing;
  readonly one: Timing;
  readonly many: Timing;
}

/** The corpus CORPUS.passes times over, as files and as a JSONL stream (one worker), as a stream with N
 * workers, and through the core alone (in this process, warm, and in a fresh one), run round-robin. */
async function timeCorpus(dist: string, texts: readonly string[], jobs: number): Promise<CorpusTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-texts-'));
  const files = texts.map((text, i) => {
    const path = join(dir, `t${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const passes = repeat(texts, CORPUS);
  const stream = jsonl(passes.map((text, id) => ({ id, text })));
  const at = marks(texts.length, CORPUS);
  for (const text of texts.slice(0, WARMUP_TEXTS)) analyze(text); // the in-process side starts warm
  // The in-process passes take turns with the CLI runs: a neighbour's load then hits both sides alike,
  // where a yardstick timed minutes earlier made the ratio swing with whatever else ran at either time.
  const corePass = await buildCorePass(dist);
  const [core, coreProcess, filesRuns, oneRuns, manyRuns] = (await interleaved(dist, [
    { inProcess: () => passes.forEach((t) => analyze(t)) },
    { node: [corePass], input: stream },
    { args: cli('--jobs', '1', ...repeat(files, CORPUS)), input: '', marks: at },
    { args: cli('--input', 'jsonl', '--jobs', '1', '-'), input: stream, marks: at },
    { args: cli('--input', 'jsonl', '--jobs', String(jobs), '-'), input: stream, marks: at },
  ])) as [Run[], Run[], Run[], Run[], Run[]];
  rmSync(dir, { recursive: true, force: true });
  const ms = (runs: readonly Run[]) => median(runs.map((r) => r.ms));
  return {
    coreMs: ms(core),
    coreProcessMs: ms(coreProcess),
    files: timing(filesRuns, CORPUS),
    one: timing(oneRuns, CORPUS),
    many: timing(manyRuns, CORPUS),
  };
}

/** Files vs the stream, and the CLI against the in-process core; then 1 vs N workers. */
async function benchCorpus(
  dist: string,
  texts: readonly string[],
  floor: Floor,
  jobs: number,
): Promise<void> {
  const t = await timeCorpus(dist, texts, jobs);
  const docs = texts.length * CORPUS.passes;
  const corePerPass = t.coreMs / CORPUS.passes;
  const rate = (ms: number) => `${((docs / ms) * 1000).toFixed(0)} docs/s`;
  const mb = (utf8Bytes(texts) / 1e6).toFixed(2);
  console.log(
    `  corpus, ${texts.length} texts (${mb} MB) ${CORPUS.passes}× over, one worker, median of ${REPEATS} (${load()}):`,
  );
  console.log(
    `    in-process core  ${t.coreMs.toFixed(0).padStart(6)} ms  ${rate(t.coreMs)}  (warm: ${corePerPass.toFixed(0)} ms a pass)`,
  );
  const row = (name: string, ms: number, pass?: Timing) =>
    console.log(
      `    ${name} ${ms.toFixed(0).padStart(6)} ms  ${rate(ms)}  (${(ms / t.coreMs).toFixed(2)}× core${pass ? `; first pass ${pass.firstPass.toFixed(0)} ms, after ${CORPUS.warm} passes ${pass.perPass.toFixed(0)} ms a pass` : ''})`,
    );
  row('core, fresh proc', t.coreProcessMs);
  row('files           ', t.files.whole, t.files);
  row('jsonl stream    ', t.one.whole, t.one);
  const overhead = t.one.whole / t.files.whole;
  floor(
    'CLI: stream over files',
    overhead <= 1 + MAX_STREAM_OVERHEAD,
    `${pct(overhead)} (floor ≤ +${MAX_STREAM_OVERHEAD * 100} %)`,
  );
  const best = t.one.whole <= t.files.whole ? t.one : t.files;
  const overCore = best.whole / t.coreMs;
  // The whole process, start-up and warm-up included, over a stream long enough to weigh them as a real
  // batch does; beside it the first pass alone (a batch as short as the corpus) and the steady state.
  floor(
    'CLI process vs in-process core',
    overCore <= MAX_CLI_OVER_CORE,
    `${overCore.toFixed(2)}× over the corpus ${CORPUS.passes}× (floor ≤ ${MAX_CLI_OVER_CORE}×); the corpus once (to its last record): ${(best.firstPass / corePerPass).toFixed(2)}×; steady state ${(best.perPass / corePerPass).toFixed(2)}×; a fresh process running only the core: ${(t.coreProcessMs / t.coreMs).toFixed(2)}×; ${load()}`,
  );
  reportScaling(
    `corpus ${CORPUS.passes}× over, ${docs} texts, median of ${REPEATS}`,
    texts.length,
    { one: t.one, many: t.many, warm: CORPUS.warm },
    jobs,
    floor,
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
  const pages = dirs.map((id) => readFileSync(join(PAGES, id, 'source.html'), 'utf8'));
  const stream = jsonl(repeat(pages, PAGE_PASSES).map((html, id) => ({ id, html })));
  const at = marks(dirs.length, PAGE_PASSES);
  const [one, many] = (await interleaved(dist, [
    { args: cli('--input', 'jsonl', '--jobs', '1', '-'), input: stream, marks: at },
    { args: cli('--input', 'jsonl', '--jobs', String(jobs), '-'), input: stream, marks: at },
  ])) as [Run[], Run[]];
  reportScaling(
    `saved pages ${PAGE_PASSES.passes}× over, ${dirs.length * PAGE_PASSES.passes} HTML documents (extraction + analysis), median of ${REPEATS}`,
    dirs.length,
    { one: timing(one, PAGE_PASSES), many: timing(many, PAGE_PASSES), warm: PAGE_PASSES.warm },
    jobs,
    floor,
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

/** The CLI section; `streamMb` sizes the memory run (1000 for the issue's 1 GB). */
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
