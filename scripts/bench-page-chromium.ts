// The page bench's two browsers in Chromium (playwright-core): a plain one for the bare Readability parse,
// and a persistent context with the built extension (`${SOURCELIGHT_DIST ?? 'dist'}/chrome`) for the pass,
// which records long tasks and can stop the extension's service worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { RECORD_TIMINGS_KEY } from '../src/shared/settings';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import {
  PAGE_TIMEOUT_MS,
  READABILITY_SOURCE,
  READ_PASS,
  bareParse,
  type BenchBrowsers,
  type PassReading,
} from './bench-page-browsers';

const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';

// Installed at document start in the main world: long tasks, whoever runs them (content scripts included).
const LONGTASK_RECORDER = `
  window.__sourcelightBenchTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__sourcelightBenchTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}`;

/** A browser without the extension, for the bare Readability parse: one per bench, pages loaded in turn. */
async function withPlainBrowser<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(null),
  });
  try {
    return await use(await browser.newContext());
  } finally {
    await browser.close();
  }
}

/** `new Readability(document.cloneNode(true)).parse()` on one load of the page, ms; null when it fails. */
async function readabilityTime(context: BrowserContext, url: string, source: string): Promise<number | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return (await page.evaluate(bareParse(source))) as number;
  } catch {
    // A page that fails to load counts as no reading.
    return null;
  } finally {
    await page.close();
  }
}

async function withExtension<T>(dist: string, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(resolve(dist, 'chrome')),
  });
  try {
    await context.addInitScript(LONGTASK_RECORDER);
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // The sourcelight:* measures are off unless this setting asks (src/shared/settings.ts).
    await worker.evaluate(`chrome.storage.local.set({ ${RECORD_TIMINGS_KEY}: true })`);
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Stops the extension's service worker (as Chrome does after 30 s idle); false when CDP refuses. */
async function stopServiceWorkers(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return true;
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

async function readPass(
  context: BrowserContext,
  url: string,
  until: 'paint' | 'detect',
): Promise<PassReading | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(`performance.getEntriesByName('sourcelight:${until}').length > 0`, null, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 50,
    });
    return (await page.evaluate(READ_PASS)) as PassReading;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}
export const chromiumBrowsers = <T>(dist: string, use: (browsers: BenchBrowsers) => Promise<T>): Promise<T> =>
  withPlainBrowser((plain) =>
    withExtension(dist, (context) =>
      use({
        bare: (url) => readabilityTime(plain, url, READABILITY_SOURCE()),
        pass: (url, until) => readPass(context, url, until),
        stopBackground: () => stopServiceWorkers(context),
      }),
    ),
  );
