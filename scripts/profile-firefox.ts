// Firefox's own sampling profiler (the Gecko profiler) over the pass: starts Firefox with the built extension
// under MOZ_PROFILER_STARTUP, loads the given shared pages N times each, and has Firefox write the profile
// as it quits. Summarise it with scripts/profile-firefox-summary.ts (CPU per page and by function), or open
// it in profiler.firefox.com. The content script's pieces are minified: their frames name the built file's
// line and column. Sampling every 0.2 ms with native stacks slows the page several times over; for CPU
// figures sample gently: SOURCELIGHT_PROFILE_INTERVAL=1 SOURCELIGHT_PROFILE_FEATURES=js,cpu.
//   npx tsx scripts/profile-firefox.ts out.json [folder-substring …] [--runs N]
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../test/e2e/harness/browsers';
import { profileFirefox } from './gecko-profiler';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const out = resolve(args.shift()!);
const profiler = profileFirefox(out, { interval: '0.2', features: 'js,stackwalk,cpu' });

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
  await profiler.quit();
  await browser.close().catch(() => undefined);
  await server.close();
}
