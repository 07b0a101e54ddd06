// `npm run test:package` (after `npm run package`; CI runs both): what a store reviewer would do.
//   1. `web-ext lint` on the packaged Firefox zip, unpacked (the files AMO receives, not dist/firefox).
//   2. Unpack the source zip in a temporary folder, `npm ci` and `npm run package` there, as REVIEWERS.md
//      says, and compare the rebuilt Chrome and Firefox zips with the shipped ones, byte for byte.
// `--keep` leaves the temporary folder for a look at a difference.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath, TARGETS, type PackageKind } from './package';
import { readZip } from './zip';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const KEEP = process.argv.includes('--keep');

async function unpack(zip: string, into: string): Promise<void> {
  for (const entry of await readZip(readFileSync(zip))) {
    const path = resolve(into, entry.name);
    if (!path.startsWith(into)) throw new Error(`${zip}: ${entry.name} points outside the archive`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.data);
    chmodSync(path, entry.mode ?? 0o644);
  }
}

/** Runs a command to completion with its output shown; throws on failure. */
function run(what: string, command: string, args: string[], cwd: string): void {
  const started = Date.now();
  const env = { ...process.env };
  delete env.SOURCELIGHT_DIST; // the rebuild writes into its own folder's dist/
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
  console.log(`verify-package: ${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The entries that differ between two zips, for a readable failure. */
async function differences(shipped: string, rebuilt: string): Promise<string[]> {
  const index = async (zip: string) =>
    new Map((await readZip(readFileSync(zip))).map((e) => [e.name, Buffer.from(e.data)]));
  const [a, b] = [await index(shipped), await index(rebuilt)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name));
}

async function main(): Promise<void> {
  const kinds: PackageKind[] = [...TARGETS, 'source'];
  const missing = kinds.map((kind) => packagePath(kind)).filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`run \`npm run package\` first; missing ${missing.join(', ')}`);
  const work = mkdtempSync(join(tmpdir(), 'sourcelight-verify-'));
  try {
    const firefox = join(work, 'firefox');
    await unpack(packagePath('firefox'), firefox);
    const webExt = resolve(REPO, 'node_modules/.bin/web-ext');
    run('web-ext lint', webExt, ['lint', '--source-dir', firefox, '--self-hosted=false'], REPO);

    const source = join(work, 'source');
    await unpack(packagePath('source'), source);
    run('npm ci', 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], source);
    run('npm run package', 'npm', ['run', 'package'], source);
    const failures: string[] = [];
    for (const kind of TARGETS) {
      const [shipped, rebuilt] = [packagePath(kind), packagePath(kind, join(source, 'dist'))];
      if (readFileSync(shipped).equals(readFileSync(rebuilt))) {
        console.log(`verify-package: ${kind} zip rebuilt byte for byte`);
        continue;
      }
      failures.push(
        `${kind}: ${(await differences(shipped, rebuilt)).join(', ') || 'same files, other bytes'}`,
      );
    }
    if (failures.length > 0) throw new Error(`the rebuild differs:\n  ${failures.join('\n  ')}`);
  } finally {
    if (KEEP) console.log(`verify-package: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
