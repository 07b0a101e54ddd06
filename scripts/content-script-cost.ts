// What the content scripts cost a page's main thread in Chromium, from DevTools traces: each injected
// script's EvaluateScript (its compile and its top-level run) and the V8 compile within it, median over
// loads, on a page that is no article (where the detector stops) and on an article, with Chrome's analyzer
// where the background injects it (session-injected, articles only). The bench's detect measure starts
// inside the entry's run, so a bigger entry script's compile shows only here.
//   npx tsx scripts/content-script-cost.ts [--loads N] [--light] [dist ...]   (default: $SOURCELIGHT_DIST or dist)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { median } from './bench-page-report';
import { startServer } from './serve.mjs';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly args?: { data?: { url?: string }; fileName?: string };
}

const PAGES = ['/demo/front.html', '/demo/index.html'];
/** --light: EvaluateScript alone (no V8 events: they slow the compile they time). */
const LIGHT = process.argv.includes('--light');
const CATEGORIES = LIGHT ? ['devtools.timeline'] : ['devtools.timeline', 'v8'];

/** Per script (its file name without the hash): the ms each load spent evaluating and compiling it. */
async function costs(dist: string, loads: number, url: (path: string) => string) {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-cost-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(resolve(dist, 'chrome')),
  });
  const found = new Map<string, number[]>();
  const note = (key: string, ms: number) => found.set(key, [...(found.get(key) ?? []), ms]);
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    for (let load = 0; load < loads + 1; load++) {
      for (const path of PAGES) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
        const done = new Promise<void>((then) => cdp.once('Tracing.tracingComplete', () => then()));
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: CATEGORIES },
          transferMode: 'ReportEvents',
        });
        await page.goto(url(path), { waitUntil: 'load' });
        await page.waitForTimeout(400);
        await cdp.send('Tracing.end');
        await done;
        await page.close();
        if (load === 0) continue; // the first load of each page warms the caches
        const script = (e: TraceEvent) =>
          /assets\/(content|preload|session-injected)[-.]/.exec(
            e.args?.data?.url ?? e.args?.fileName ?? '',
          )?.[1];
        for (const e of events) {
          const name = script(e);
          if (!name || e.ph !== 'X' || e.dur === undefined) continue;
          if (e.name === 'EvaluateScript') note(`${path} ${name} evaluate`, e.dur / 1000);
          if (e.name === 'v8.compile') note(`${path} ${name} compile`, e.dur / 1000);
        }
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return found;
}

const args = process.argv.slice(2).filter((arg) => arg !== '--light');
const loadsAt = args.indexOf('--loads');
const loads = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 9;
const dists = args.length ? args : [process.env.SOURCELIGHT_DIST ?? 'dist'];
const server = await startServer();
try {
  for (const dist of dists) {
    const found = await costs(dist, loads, (path) => server.url(path));
    console.log(`${dist} (${loads} loads, median ms):`);
    for (const [key, ms] of [...found].sort()) console.log(`  ${key.padEnd(40)} ${median(ms)!.toFixed(2)}`);
  }
} finally {
  await server.close();
}
