// What the page bench reads in a page, the same in every browser: the sourcelight:* measures after the
// pass, and a bare Readability parse; and the two sides of the bench each browser provides.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How long one page may take to reach its paint measure before it counts as "no pass". */
export const PAGE_TIMEOUT_MS = 30_000;

// Read after the paint measure: measures, DCL, and long tasks overlapping the pass (after one more frame so
// the observer has delivered its entries).
export const READ_PASS = `new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
  const first = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (m.name.startsWith('sourcelight') && !(m.name in first))
      first[m.name] = [m.startTime, m.duration, m.detail && typeof m.detail === 'object' ? m.detail : null];
  }
  const nav = performance.getEntriesByType('navigation')[0];
  done({ first, dcl: nav ? nav.domContentLoadedEventStart : null, tasks: window.__sourcelightBenchTasks || [] });
}, 0)))`;

/** A stage measure's detail (src/content/timing.ts StageDetail). */
interface StageDetail {
  where?: 'page' | 'background';
  busyMs?: number;
  wallMs?: number;
  workMs?: number;
  miss?: string;
}

export interface PassReading {
  first: Record<string, [number, number, StageDetail | null]>;
  dcl: number | null;
  tasks: [number, number][];
}

export const READABILITY_SOURCE = () =>
  readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');

/** In the page: the bare parse's time, ms. */
const bareParse = (source: string) => `(() => { ${source};
  const t0 = performance.now();
  new Readability(document.cloneNode(true)).parse();
  return performance.now() - t0; })()`;

/** The two sides of the bench in one browser: a bare parse without the extension, a pass with it. */
/** The pieces of a Playwright or Puppeteer page the bare parse needs. */
interface ParsePage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<unknown>;
}

/** `new Readability(document.cloneNode(true)).parse()` on one load of the page, ms; null when it fails. */
export async function timeBareParse(page: ParsePage, url: string, source: string): Promise<number | null> {
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

export interface BenchBrowsers {
  /** `new Readability(document.cloneNode(true)).parse()` on one load of the page, ms; null when it fails. */
  bare(url: string): Promise<number | null>;
  /** One load with the extension, read once its `until` measure is there; null when it never is. */
  pass(url: string, until: 'paint' | 'detect'): Promise<PassReading | null>;
  /** Stops the extension's background (Chrome's service worker); false where it cannot. */
  stopBackground(): Promise<boolean>;
}
