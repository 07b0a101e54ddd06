// Timing the core: corpus throughput against a reference, and adversarial 1 MB inputs.
// Also a child entry (`tsx scripts/bench-core.ts --adversarial FROM FLOOR_MS CORE`): bench.ts runs the
// adversarial inputs in a child process it can kill, so a superlinear case is reported instead of hanging
// the run. CORE is the core bundled (bench.ts's bundledCore), timed as the browsers and the CLI run it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { analyze as Analyze } from '../src/core';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const utf8Bytes = (texts: readonly string[]): number =>
  texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

export interface Throughput {
  /** Median wall time of one pass over all texts. */
  readonly ms: number;
  /** UTF-8 megabytes (10^6 bytes) of text per second, at the median. */
  readonly mbPerSecond: number;
  readonly runs: readonly number[];
}

export interface Contender {
  readonly fn: (text: string) => unknown;
  readonly repeats: number;
}

/** Warm-up texts per contender before timing: JIT, lazily built lexicons. */
export const WARMUP_TEXTS = 20;

/**
 * Times full passes over `texts` for each contender, interleaved round by round (A B A B …), so a
 * neighbour's load on the shared machine hits both sides alike; each side's median pass wins.
 */
export function sideBySide(texts: readonly string[], contenders: readonly Contender[]): Throughput[] {
  for (const { fn } of contenders) for (const text of texts.slice(0, WARMUP_TEXTS)) fn(text);
  const runs = contenders.map((): number[] => []);
  const rounds = Math.max(...contenders.map((c) => c.repeats));
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    contenders.forEach(({ fn, repeats }, i) => {
      if (round >= repeats) return;
      const start = performance.now();
      for (const text of texts) sink += fn(text) ? 1 : 0;
      runs[i]!.push(performance.now() - start);
    });
  }
  if (sink < 0) console.log(sink); // keeps the calls observable, so nothing is optimised away
  const mb = utf8Bytes(texts) / 1e6;
  return runs.map((r) => ({ ms: median(r), mbPerSecond: mb / (median(r) / 1000), runs: r }));
}

export const throughput = (
  texts: readonly string[],
  fn: (text: string) => unknown,
  repeats: number,
): Throughput => sideBySide(texts, [{ fn, repeats }])[0]!;

/** Size of each adversarial input. */
export const ADVERSARIAL_BYTES = 1_000_000;

/** Repeats `unit` until the text reaches `bytes` characters (all units are mostly 1-byte, close enough). */
const fill = (unit: string, bytes = ADVERSARIAL_BYTES): string => unit.repeat(Math.ceil(bytes / unit.length));

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 97}`).join(' ');

/** Inputs meant to find superlinear paths: unmatched marks, no boundaries, cues without subjects. */
export const ADVERSARIAL: readonly { readonly name: string; readonly make: () => string }[] = [
  { name: 'unmatched straight " marks', make: () => fill('and " so ') },
  { name: 'unmatched “ marks', make: () => fill('and “ so ') },
  { name: 'unmatched ” marks', make: () => fill('and ” so ') },
  { name: "unmatched ‘ ’ ' marks", make: () => fill("it‘s ’tis o'er ' ") },
  { name: 'unmatched « „ ‹ 「 marks', make: () => fill('« a „ b ‹ c 「 d ') },
  { name: '“ alternating with newlines', make: () => fill('“\n') },
  { name: 'one quote never closed', make: () => `“${fill('the plan will work and ')}` },
  { name: 'one giant paragraph, no punctuation', make: () => fill(`${words(50)} `) },
  { name: 'said without subjects', make: () => fill('said ') },
  { name: 'said that without subjects', make: () => fill('said that ') },
  { name: 'according to without subjects', make: () => fill('according to ') },
  { name: 'colon cues', make: () => fill('Officials: ') },
  { name: 'repeated capitalised words', make: () => fill('Big ') },
  {
    name: 'capitalised words, titles and names',
    make: () => fill('President Minister John Smith Secretary '),
  },
  { name: 'pronoun chains', make: () => fill('He said it. She said it. They said it. ') },
  { name: 'straight quotes and cues', make: () => fill('"a said b, ') },
  {
    name: 'names and pronouns in one sentence',
    make: () => fill('Mr. John Smith said he said that she said, '),
  },
  { name: 'quote-only paragraphs', make: () => fill('“Yes.”\n\n') },
  { name: 'many short sentences', make: () => fill('A b. ') },
  { name: 'only newlines', make: () => fill('\n') },
  { name: 'credits everywhere', make: () => fill('(Reuters) — reported by Reuters. Attribution: AP. ') },
];

export interface AdversarialResult {
  readonly index: number;
  readonly name: string;
  readonly ms: number;
  readonly statements: number;
}

/** Best of this many runs per input: the machine is shared, and the floor is about the algorithm, not noise. */
export const ADVERSARIAL_REPEATS = 3;
/** A run slower than this many times the floor is clearly failing: no need to repeat it. */
const NO_REPEAT_FACTOR = 2;

/** Child mode: runs the adversarial inputs from `from` on, one JSON line per finished input. */
function runAdversarialFrom(analyze: typeof Analyze, from: number, floorMs: number): void {
  analyze(fill('Officials said that the plan would work. ', 20_000)); // warm-up, like the corpus runs
  for (let index = from; index < ADVERSARIAL.length; index++) {
    const { name, make } = ADVERSARIAL[index]!;
    const text = make();
    let ms = Infinity;
    let statements = 0;
    for (let run = 0; run < ADVERSARIAL_REPEATS; run++) {
      const start = performance.now();
      statements = analyze(text).statements.length;
      ms = Math.min(ms, performance.now() - start);
      if (ms > NO_REPEAT_FACTOR * floorMs) break;
    }
    const result: AdversarialResult = { index, name, ms, statements };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

export interface Chunk {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

// Module specifiers and chrome.runtime.getURL("assets/…") strings that name a .js file.
const JS_REFERENCE = /["'`]((?:\.{1,2}\/|\/)?[\w.@/-]+?\.js)["'`]/g;

/**
 * The JS files a built extension loads for its content script: the manifest's content_scripts entries
 * (crxjs' loaders) and everything they import, transitively. Null when there is no build in `dir`.
 */
export function contentScriptChunks(dir: string): Chunk[] | null {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const queue = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(dir, f));
  const seen = new Set<string>();
  const chunks: Chunk[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    chunks.push({ file: relative(dir, file), bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const [, ref] of code.toString('utf8').matchAll(JS_REFERENCE)) {
      if (!ref) continue;
      // "./x.js" is relative to the importing file; "assets/x.js" and "/assets/x.js" to the extension root.
      queue.push(
        ref.startsWith('.') ? join(dirname(file), ref) : join(dir, posix.normalize(ref.replace(/^\//, ''))),
      );
    }
  }
  return chunks;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf('--adversarial');
  const core = process.argv[flag + 3];
  if (flag < 0 || !core) throw new Error('usage: tsx scripts/bench-core.ts --adversarial FROM FLOOR_MS CORE');
  const { analyze } = (await import(pathToFileURL(core).href)) as { analyze: typeof Analyze };
  runAdversarialFrom(analyze, Number(process.argv[flag + 1] ?? 0), Number(process.argv[flag + 2] ?? 1000));
}
