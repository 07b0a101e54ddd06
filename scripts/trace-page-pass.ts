// A DevTools trace of one saved page's load with the built extension in Chromium, written out whole for
// reading where the wall pass (detect start → paint end) goes: the analyzer's fetch and compile, the
// page's own tasks, the background's answers. `npx tsx scripts/trace-page-pass.ts <folder> [out.json]`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { RECORD_TIMINGS_KEY } from '../src/shared/settings';
import { startServer } from './serve.mjs';

const [folder = 'herald-sun-1', out = 'trace.json'] = process.argv.slice(2);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disable-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'blink.resource',
  'extensions',
];
const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'sourcelight-trace-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: chromiumArgs(resolve(process.env.SOURCELIGHT_DIST ?? 'dist', 'chrome')),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(`chrome.storage.local.set({ ${RECORD_TIMINGS_KEY}: true })`);
  // A first page warms the worker, the offscreen document and the code caches, as the bench's does.
  const warm = await context.newPage();
  await warm.goto(server.url('/demo/index.html'), { waitUntil: 'load' });
  await warm.waitForFunction(`performance.getEntriesByName('sourcelight:paint').length > 0`);
  await warm.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  const dirs = (await import('node:fs')).readdirSync('../shared/newspages').filter((d) => d.includes(folder));
  await page.goto(server.url(`/newspages/${dirs[0]}/source.html`), { waitUntil: 'load' });
  await page.waitForFunction(`performance.getEntriesByName('sourcelight:paint').length > 0`);
  await page.waitForTimeout(300);
  const { profile: cpu } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(out, JSON.stringify(events));
  writeFileSync(out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(cpu));
  console.log(`${events.length} events → ${out} (${dirs[0]})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
