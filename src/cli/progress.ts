// The progress line on stderr: documents, documents per second, errors, skipped records and an ETA, from
// the documents left when their number is known (files), else from the share of the inputs' bytes read
// (JSONL and WARC files; none for stdin). Redrawn in place on a terminal; with --progress into a file or pipe, one line
// every few seconds instead.
import type { Sink } from './write-output';

export interface Progress {
  done(failed: boolean): void;
  skipped(reason: string): void;
  /** Bytes of the inputs read so far, for the ETA when only their total size is known. */
  read(bytes: number): void;
  end(): void;
}

/** Redraws at most this often: a terminal repainted per document would cost more than the analysis. */
const TTY_INTERVAL_MS = 200;
/** Lines into a log file: often enough to see a run move, rare enough to read. */
const LOG_INTERVAL_MS = 5000;

const NO_PROGRESS: Progress = { done: () => {}, skipped: () => {}, read: () => {}, end: () => {} };

const duration = (seconds: number): string => {
  const s = Math.round(seconds);
  return s < 60
    ? `${s}s`
    : s < 3600
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

export interface ProgressOptions {
  readonly show: boolean;
  readonly tty: boolean;
  readonly total?: number;
  /** The inputs' size, when the number of documents is not known (JSONL and WARC files). */
  readonly bytesTotal?: number;
  readonly now?: () => number;
}

export function createProgress(sink: Sink, options: ProgressOptions): Progress {
  if (!options.show) return NO_PROGRESS;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let documents = 0;
  let errors = 0;
  const skips = new Map<string, number>();
  let shownAt = -Infinity;
  let bytesRead = 0;
  /** "ETA …" from the documents left, or from the share of the inputs' bytes still unread. */
  const remaining = (seconds: number, rate: number): string | null => {
    const { total, bytesTotal } = options;
    if (total !== undefined)
      return rate > 0 && documents < total ? `ETA ${duration((total - documents) / rate)}` : null;
    if (bytesTotal === undefined || bytesRead === 0 || bytesRead >= bytesTotal) return null;
    const share = Math.floor((bytesRead / bytesTotal) * 100);
    return `${share}% read, ETA ${duration((seconds * (bytesTotal - bytesRead)) / bytesRead)}`;
  };
  const line = (): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = documents / seconds;
    const parts = [
      `${documents}${options.total === undefined ? '' : `/${options.total}`} documents`,
      `${rate.toFixed(1)}/s`,
      `${errors} errors`,
    ];
    const skipped = [...skips.values()].reduce((a, b) => a + b, 0);
    if (skipped > 0)
      parts.push(`${skipped} skipped (${[...skips].map(([reason, n]) => `${n} ${reason}`).join(', ')})`);
    const eta = remaining(seconds, rate);
    if (eta !== null) parts.push(eta);
    return `sourcelight: ${parts.join(', ')}`;
  };
  const show = (final: boolean) => {
    if (!final && now() - shownAt < (options.tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    shownAt = now();
    // "\r…\x1b[K" rewrites the terminal's current line; a log gets whole lines.
    sink.write(options.tty ? `\r${line()}\x1b[K${final ? '\n' : ''}` : `${line()}\n`);
  };
  return {
    done: (failed) => {
      documents++;
      if (failed) errors++;
      show(false);
    },
    skipped: (reason) => {
      skips.set(reason, (skips.get(reason) ?? 0) + 1);
      show(false);
    },
    read: (bytes) => {
      bytesRead += bytes;
    },
    end: () => show(true),
  };
}
