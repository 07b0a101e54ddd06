// `npm run package`: the store uploads, in `${SOURCELIGHT_DIST ?? 'dist'}/`:
//   sourcelight-<version>-chrome.zip   the Chrome build, for the Chrome Web Store
//   sourcelight-<version>-firefox.zip  the Firefox build as `web-ext build` packs it, for addons.mozilla.org
//   sourcelight-<version>-source.zip   the tracked sources and REVIEWERS.md, for AMO's reviewers
// Both builds are rebuilt first. Every zip is reproducible (scripts/zip.ts): the same sources give the same
// bytes, which scripts/verify-package.ts checks by rebuilding from the source zip. Outside a git checkout
// (as in that rebuild) there is no source list, so the source zip is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import pkg from '../package.json' with { type: 'json' };
import { readZip, writeZip, type ZipEntry } from './zip';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DIST = resolve(REPO, process.env.SOURCELIGHT_DIST ?? 'dist');
export const TARGETS = ['chrome', 'firefox'] as const;
export type PackageKind = (typeof TARGETS)[number] | 'source';

/** The reviewers' instructions, also put at the root of the source zip. */
const REVIEWERS_README = 'docs/store/REVIEWERS.md';

export function packagePath(kind: PackageKind, dist = DIST): string {
  return join(dist, `sourcelight-${pkg.version}-${kind}.zip`);
}

/** Every file under `dir`, as zip entries named by their path inside it. */
function filesIn(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => ({ name: path.split(sep).join('/'), data: readFileSync(join(dir, path)) }));
}

/** `web-ext build` decides what goes into the Firefox package; its zip is then rewritten reproducibly. */
async function webExtPackage(sourceDir: string): Promise<ZipEntry[]> {
  const artifacts = mkdtempSync(join(tmpdir(), 'sourcelight-web-ext-'));
  try {
    const webExt = resolve(REPO, 'node_modules/.bin/web-ext');
    const args = [
      'build',
      '--source-dir',
      sourceDir,
      '--artifacts-dir',
      artifacts,
      '--filename',
      'firefox.zip',
    ];
    const run = spawnSync(webExt, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`web-ext build failed (exit ${run.status})`);
    return await readZip(readFileSync(join(artifacts, 'firefox.zip')));
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}

/** The files git tracks, with their contents in the working tree; null outside a git checkout. */
function trackedSources(): ZipEntry[] | null {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '--stage', '-z'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO });
  if (dirty.length > 0) console.warn('package: uncommitted changes go into the source zip as they are');
  return listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      return { path, executable: meta.startsWith('100755') };
    })
    .filter(({ path }) => existsSync(join(REPO, path)))
    .map(({ path, executable }) => ({
      name: path,
      data: readFileSync(join(REPO, path)),
      mode: executable ? 0o755 : 0o644,
    }));
}

async function write(kind: PackageKind, entries: ZipEntry[]): Promise<void> {
  const zip = await writeZip(entries);
  writeFileSync(packagePath(kind), zip);
  const sha = createHash('sha256').update(zip).digest('hex').slice(0, 16);
  console.log(`${relative(REPO, packagePath(kind))}  ${(zip.length / 1024).toFixed(1)} KB  sha256 ${sha}…`);
}

export async function makePackages(): Promise<void> {
  for (const mode of TARGETS) await build({ root: REPO, mode, logLevel: 'warn' });
  await write('chrome', filesIn(join(DIST, 'chrome')));
  await write('firefox', await webExtPackage(join(DIST, 'firefox')));
  const sources = trackedSources();
  if (!sources)
    return console.log('package: not a git checkout, so no source zip (nothing lists the sources)');
  const readme = sources.find((entry) => entry.name === REVIEWERS_README);
  if (!readme) throw new Error(`package: ${REVIEWERS_README} is not tracked`);
  await write('source', [...sources, { name: 'REVIEWERS.md', data: readme.data }]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await makePackages();
