// The CLI bench's plumbing: build the CLI once into a temp dist, then time whole `sourcelight` processes
// (start-up included), note when given output lines arrive (to tell warm-up from steady state), and
// sample their resident memory (the whole process tree) from /proc while they run.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds the CLI bundle into a fresh temp dir (never another build's dist); returns that dir. */
export function buildCli(): string {
  const dist = mkdtempSync(join(tmpdir(), 'sourcelight-bench-cli-'));
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'],
    {
      env: { ...process.env, SOURCELIGHT_DIST: dist },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return dist;
}

// Reads a JSONL stream's texts from stdin, analyses each, prints nothing: the core alone in a fresh process.
const CORE_PASS = `import { analyze } from './core.mjs';
let data = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) data += chunk;
for (const line of data.split('\\n')) if (line) analyze(JSON.parse(line).text);
`;

/** Writes the core bundled for Node, as the CLI bundles it, to `outfile`. */
export async function bundleCore(outfile: string): Promise<void> {
  await build({
    entryPoints: ['src/core/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
}

/**
 * Puts next to the CLI in `dist` a script that runs only the core (bundled as the CLI bundles it) over a
 * JSONL stream: a fresh process pays Node's start-up and V8's warm-up (interpreting, then compiling the
 * core's hot functions) whatever it runs, so this shows what the CLI itself adds on top. Returns its path.
 */
export async function buildCorePass(dist: string): Promise<string> {
  await bundleCore(join(dist, 'core.mjs'));
  const script = join(dist, 'core-pass.mjs');
  writeFileSync(script, CORE_PASS);
  return script;
}

export interface CliRun {
  readonly ms: number;
  /** When (ms from the start) the output's line number `marks[i]` arrived, for each mark asked for. */
  readonly marksMs: readonly number[];
  /** Peak resident memory in MB: the sum of each process's own peak (VmHWM), the CLI's and its workers'.
   * An upper bound: the processes need not peak at the same moment. */
  readonly peakRssMb: number;
  /** Resident memory (VmRSS, MB, all the processes) at each sample, to show whether it grows with the stream. */
  readonly rssMb: readonly number[];
}

/** Every this often, /proc/PID/status is read: often enough to see growth, rarely enough to cost nothing. */
const RSS_SAMPLE_MS = 250;

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return null;
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(path, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null; // the process exited between the two calls
  }
}

/** `pid` and every process below it (the --jobs workers), from each process's parent in /proc/N/stat. */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the second field after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process exited while /proc was read
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

/** Samples the resident memory of `pid` and its workers until the returned stop() is called. */
function sampleMemory(pid: number): () => Pick<CliRun, 'peakRssMb' | 'rssMb'> {
  const rssMb: number[] = [];
  const peaks = new Map<number, number>();
  const timer = setInterval(() => {
    const tree = processTree(pid);
    const rss = tree.map((p) => statusMb(p, 'VmRSS'));
    if (rss[0] != null) rssMb.push(rss.reduce<number>((sum, mb) => sum + (mb ?? 0), 0));
    for (const p of tree) peaks.set(p, Math.max(peaks.get(p) ?? 0, statusMb(p, 'VmHWM') ?? 0));
  }, RSS_SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return { peakRssMb: [...peaks.values()].reduce((sum, mb) => sum + mb, 0), rssMb };
  };
}

/**
 * Runs `sourcelight ARGS` with `input` on stdin (a string, or chunks written as the pipe drains so a huge
 * stream never sits in this process's memory); stdout goes to /dev/null. Rejects on a non-zero exit.
 * `memory`: sample resident memory (scanning /proc costs CPU, so timed runs leave it out).
 */
export const timeCli = (
  dist: string,
  args: readonly string[],
  input: string | Iterable<string>,
  memory = false,
  marks: readonly number[] = [],
): Promise<CliRun> => timeNode(dist, ['bin/sourcelight.mjs', ...args], input, memory, marks);

/** Notes the time at which each of `marks` (output line numbers, ascending) arrives on `stdout`. */
function timeLines(stdout: NodeJS.ReadableStream, marks: readonly number[], start: number): number[] {
  const times: number[] = [];
  let lines = 0;
  stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1))
      if (++lines === marks[times.length]) times.push(performance.now() - start);
  });
  return times;
}

/** Runs `node ARGV` as timeCli runs the CLI. */
export function timeNode(
  dist: string,
  args: readonly string[],
  input: string | Iterable<string>,
  memory = false,
  marks: readonly number[] = [],
): Promise<CliRun> {
  // A given input reaches the child's stdin from a file: through a pipe, this process had to run for
  // each 64 KB the child read, which on a loaded machine held up the stream but not a run over files.
  // A generated stream (the memory run) is too large for a file and still goes through a pipe.
  const inputFile = typeof input === 'string' ? stdinFile(input) : null;
  const start = performance.now();
  // Every timed run reads its stdout the same way (counting lines), marks or not, so runs compare alike.
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SOURCELIGHT_DIST: dist },
    stdio: [inputFile ? inputFile.fd : 'pipe', 'pipe', 'inherit'],
  });
  const marksMs = timeLines(child.stdout!, marks, start);
  const stop = memory ? sampleMemory(child.pid!) : () => ({ peakRssMb: NaN, rssMb: [] });
  if (!inputFile) void feed(child.stdin!, input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      inputFile?.remove();
      if (code === 0) resolve({ ms, marksMs, ...stop() });
      else reject(new Error(`node ${args.join(' ')} exited with ${code}`));
    });
  });
}

/** `text` in a temp file, opened for reading; remove() closes and deletes it. */
function stdinFile(text: string): { fd: number; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-stdin-'));
  const path = join(dir, 'input');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  return {
    fd,
    remove: () => {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function feed(stdin: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  stdin.on('error', () => {}); // the child's exit status reports any failure
  for (const chunk of chunks) {
    if (!stdin.write(chunk)) await new Promise((resolve) => stdin.once('drain', resolve));
  }
  stdin.end();
}

/** JSONL records cycling through the corpus until `bytes`, generated as the child reads them. */
export function* generatedStream(texts: readonly string[], bytes: number): Generator<string> {
  let sent = 0;
  for (let id = 0; sent < bytes; id++) {
    const line = `${JSON.stringify({ id, text: texts[id % texts.length] })}\n`;
    sent += Buffer.byteLength(line);
    yield line;
  }
}
