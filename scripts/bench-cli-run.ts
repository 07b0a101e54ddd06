// The CLI bench's plumbing: build the CLI once into a temp dist, then time whole `sourcelight` processes
// (start-up included) and sample their resident memory from /proc while they run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export interface CliRun {
  readonly ms: number;
  /** Peak resident memory (VmHWM) in MB, from the last sample before exit. */
  readonly peakRssMb: number;
  /** Resident memory (VmRSS, MB) at each sample, to show whether it grows with the stream. */
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

/**
 * Runs `sourcelight ARGS` with `input` on stdin (a string, or chunks written as the pipe drains so a huge
 * stream never sits in this process's memory); stdout goes to /dev/null. Rejects on a non-zero exit.
 */
export function timeCli(
  dist: string,
  args: readonly string[],
  input: string | Iterable<string>,
): Promise<CliRun> {
  const start = performance.now();
  const child = spawn(process.execPath, ['bin/sourcelight.mjs', ...args], {
    env: { ...process.env, SOURCELIGHT_DIST: dist },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const rssMb: number[] = [];
  let peakRssMb = 0;
  const timer = setInterval(() => {
    const rss = statusMb(child.pid!, 'VmRSS');
    if (rss !== null) rssMb.push(rss);
    peakRssMb = Math.max(peakRssMb, statusMb(child.pid!, 'VmHWM') ?? 0);
  }, RSS_SAMPLE_MS);
  void feed(child.stdin, typeof input === 'string' ? [input] : input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: performance.now() - start, peakRssMb, rssMb });
      else reject(new Error(`sourcelight ${args.join(' ')} exited with ${code}`));
    });
  });
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
