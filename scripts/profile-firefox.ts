// Firefox's own sampling profiler (the Gecko profiler) over the pass: starts Firefox with the built extension
// under MOZ_PROFILER_STARTUP, loads the given shared pages N times each, and has Firefox write the profile
// as it quits. Summarise it with scripts/profile-firefox-summary.ts (CPU per page and by function), or open
// it in profiler.firefox.com. The content script's pieces are minified: their frames name the built file's
// line and column. Sampling every 0.2 ms with native stacks slows the page several times over; for CPU
// figures sample gently: SOURCELIGHT_PROFILE_INTERVAL=1 SOURCELIGHT_PROFILE_FEATURES=js,cpu.
//   npx tsx scripts/profile-firefox.ts out.json [folder-substring …] [--runs N]
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { launch } from '../test/e2e/harness/browsers';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const out = resolve(args.shift()!);
Object.assign(process.env, {
  MOZ_PROFILER_STARTUP: '1',
  MOZ_PROFILER_SHUTDOWN: out,
  MOZ_PROFILER_STARTUP_INTERVAL: process.env.SOURCELIGHT_PROFILE_INTERVAL ?? '0.2',
  MOZ_PROFILER_STARTUP_ENTRIES: '50000000',
  MOZ_PROFILER_STARTUP_FEATURES: process.env.SOURCELIGHT_PROFILE_FEATURES ?? 'js,stackwalk,cpu',
  MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
});
// Puppeteer kills Firefox right after asking it to close, before the profile is written: the launched
// browser is kept here so it can be asked to quit and left to exit on its own.
let launched: Browser | undefined;
const launchOriginal = puppeteer.launch.bind(puppeteer);
puppeteer.launch = async (options) => (launched = await launchOriginal(options));

const folders = readdirSync(NEWSPAGES_DIR!, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!args.length || args.some((a) => d.name.includes(a))))
  .map((d) => d.name)
  .sort();
const server = await startServer();
const browser = await launch('firefox', { timings: true });
try {
  for (const folder of folders) {
    for (let run = 0; run < runs; run++) {
      const page = await browser.open(server.url(`/newspages/${folder}/source.html`));
      const end = Date.now() + 30_000;
      const painted = "performance.getEntriesByName('sourcelight:paint').length > 0";
      while (Date.now() < end && !(await page.evaluate<boolean>(painted).catch(() => false)))
        await new Promise((r) => setTimeout(r, 50));
      await page.close();
    }
    console.error(folder);
  }
} finally {
  const child = launched?.process();
  const exited = child ? new Promise((done) => child.once('exit', done)) : Promise.resolve();
  // WebDriver BiDi's browser.close: Firefox quits as it would for a user (puppeteer's close then kills it).
  const bidi = (
    launched as unknown as { connection?: { send(method: string, params: object): Promise<unknown> } }
  )?.connection;
  await bidi?.send('browser.close', {}).catch(() => undefined);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
  await browser.close().catch(() => undefined);
  await server.close();
}
