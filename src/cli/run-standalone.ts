// The bundle run as a script (`node sourcelight.mjs …`): how a Spark executor runs the one file shipped to
// it (examples/spark/README.md). bin/sourcelight.mjs imports the bundle instead, so this stays idle there.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

/** Runs `main` with the process's arguments when `moduleUrl` is the script node was started with. */
export function runIfEntry(moduleUrl: string, main: (argv: readonly string[]) => Promise<number>): void {
  if (!isEntry(moduleUrl)) return;
  // `… | head` closes the pipe early: stop quietly, as other Unix tools do (as bin/sourcelight.mjs does).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
