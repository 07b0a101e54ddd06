// The page bench's two browsers in Firefox ESR (puppeteer-core over WebDriver BiDi, as the e2e harness
// drives it): a plain Firefox for the bare Readability parse, and one with the built extension
// (`${SOURCELIGHT_DIST ?? 'dist'}/firefox`) for the pass. Firefox reports no long tasks, and its
// background (an event page) cannot be stopped from here.
import puppeteer from 'puppeteer-core';
import { launch } from '../test/e2e/harness/browsers';
import type { PageHandle } from '../test/e2e/harness';
import {
  PAGE_TIMEOUT_MS,
  READABILITY_SOURCE,
  READ_PASS,
  bareParse,
  type BenchBrowsers,
  type PassReading,
} from './bench-page-browsers';

const FIREFOX = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';
const POLL_MS = 50;

/** Resolves once `expression` is true in the page; false after `ms`. */
async function until(page: PageHandle, expression: string, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await page.evaluate<boolean>(expression).catch(() => false)) === true) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

export async function firefoxBrowsers<T>(
  dist: string,
  use: (browsers: BenchBrowsers) => Promise<T>,
): Promise<T> {
  process.env.SOURCELIGHT_DIST = dist;
  const plain = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
  });
  const withExtension = await launch('firefox', { timings: true });
  const source = READABILITY_SOURCE();
  try {
    return await use({
      async bare(url) {
        const page = await plain.newPage();
        try {
          await page.goto(url, { waitUntil: 'load' });
          return (await page.evaluate(bareParse(source))) as number;
        } catch {
          return null;
        } finally {
          await page.close();
        }
      },
      async pass(url, stage): Promise<PassReading | null> {
        const page = await withExtension.open(url).catch(() => null);
        if (!page) return null;
        try {
          const seen = `performance.getEntriesByName('sourcelight:${stage}').length > 0`;
          if (!(await until(page, seen, PAGE_TIMEOUT_MS))) return null;
          return await page.evaluate<PassReading>(READ_PASS);
        } finally {
          await page.close();
        }
      },
      stopBackground: async () => false,
    });
  } finally {
    await withExtension.close();
    await plain.close();
  }
}
