// Which browsers the e2e suites run in, where their binaries and the built extension live, and whether a
// missing binary fails the run (CI) or skips it with a printed reason (a developer machine).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';
import { extensionBrowser, type BrowserName, type ExtensionBrowser } from './extension-browser';
import { RECORD_TIMINGS_KEY } from '../../../src/shared/settings';
import { launchFirefox } from './firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const BINARIES: Record<BrowserName, string> = {
  chromium: process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr',
};

/** The build the tests load: `${SOURCELIGHT_DIST ?? 'dist'}/{chrome,firefox}`, as vite.config.ts writes it. */
export function extensionDir(name: BrowserName): string {
  return resolve(process.env.SOURCELIGHT_DIST ?? 'dist', name === 'chromium' ? 'chrome' : 'firefox');
}

export interface Gate {
  /** Skip this browser's suite: only off CI, when the binary is absent. */
  readonly skip: boolean;
  readonly reason: string | null;
}

/** On CI a missing binary must fail the run, so the suite is not skipped and `launch` throws. */
export function gate(name: BrowserName): Gate {
  const binary = BINARIES[name];
  if (existsSync(binary)) return { skip: false, reason: null };
  const reason = `${name}: ${binary} not found`;
  if (process.env.CI) return { skip: false, reason };
  console.warn(`[e2e] skipping the ${name} suite locally: ${reason} (on CI this fails)`);
  return { skip: true, reason };
}

export interface LaunchOptions {
  /** The `sourcelight:*` performance measures (off by default in the product; on here unless asked). */
  readonly timings?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const binary = BINARIES[name];
  if (!existsSync(binary))
    throw new Error(`${name}: browser binary ${binary} is missing (install it; see .ci/run)`);
  const dir = extensionDir(name);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`no built extension at ${dir}: run \`npm run build\` (or set SOURCELIGHT_DIST)`);
  }
  const driver = name === 'chromium' ? await launchChromium(binary, dir) : await launchFirefox(binary, dir);
  const browser = extensionBrowser(driver);
  await browser.store('local', { [RECORD_TIMINGS_KEY]: options.timings ?? true });
  return browser;
}
