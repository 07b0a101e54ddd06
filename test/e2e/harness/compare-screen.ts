// Screenshot baselines: a view's PNG against the committed one, with a small tolerance. Fonts antialias a
// little differently from run to run, so a pixel counts as changed only past pixelmatch's colour threshold,
// and a view fails only when more than MAX_CHANGED_SHARE of its pixels changed (a moved or missing block
// changes far more). SOURCELIGHT_UPDATE_SCREENS=1 writes the baselines instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = new URL('../baselines/', import.meta.url).pathname;
/** Per-pixel colour distance (0–1) below which a pixel is the same: antialiasing noise stays under it. */
const PIXEL_THRESHOLD = 0.15;
/** Share of a view's pixels allowed to change: 0.5 % is a few words re-hinted, not a shifted panel. */
const MAX_CHANGED_SHARE = 0.005;

export interface ScreenResult {
  readonly name: string;
  /** Null when the baseline was (re)written. */
  readonly changedShare: number | null;
  readonly sizeMatches: boolean;
  /** Where the actual and diff images were written when they differ. */
  readonly artifacts: string | null;
}

export function compareScreen(name: string, png: Buffer): ScreenResult {
  const file = join(BASELINES, `${name}.png`);
  if (process.env.SOURCELIGHT_UPDATE_SCREENS === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`no baseline ${file}: commit one`);
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, png);
    return { name, changedShare: null, sizeMatches: true, artifacts: null };
  }
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height)
    return { name, changedShare: 1, sizeMatches: false, artifacts: writeArtifacts(name, png, null) };
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const changedShare = changed / (actual.width * actual.height);
  const artifacts = changed > 0 ? writeArtifacts(name, png, PNG.sync.write(diff)) : null;
  return { name, changedShare, sizeMatches: true, artifacts };
}

/** The actual and diff images, for a person to look at when a view changed. */
function writeArtifacts(name: string, actual: Buffer, diff: Buffer | null): string {
  const dir = join(tmpdir(), 'sourcelight-screens');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.actual.png`), actual);
  if (diff) writeFileSync(join(dir, `${name}.diff.png`), diff);
  return dir;
}

export { MAX_CHANGED_SHARE };
