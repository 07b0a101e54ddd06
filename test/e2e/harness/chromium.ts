// Chromium (Debian /usr/bin/chromium) through playwright-core, with the built extension unpacked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Driver } from './extension-browser';
import type { RawPage } from './page-handle';

/** Flags for headless Debian Chromium with one unpacked extension (also used by scripts/bench-page.ts). */
export function chromiumArgs(extensionDir: string | null): string[] {
  const quiet = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (!extensionDir) return quiet;
  return [...quiet, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export async function launchChromium(executablePath: string, extensionDir: string): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 720 },
    // Playwright disables extensions by default; we load exactly one.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
  });
  try {
    // The unpacked id derives from the path; read it from the service worker's URL.
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const { protocol, host } = new URL(worker.url());
    const extensionOrigin = `${protocol}//${host}`; // URL.origin is 'null' for chrome-extension:
    // The persistent context starts with one blank tab; close it so tab ids are ours alone.
    for (const page of context.pages()) await page.close();
    return {
      name: 'chromium',
      extensionOrigin,
      async openRaw(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page as unknown as RawPage;
      },
      async openExtensionRaw(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page as unknown as RawPage;
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
