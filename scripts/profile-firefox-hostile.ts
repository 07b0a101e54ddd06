// The Gecko profiler over bench-hostile.ts's pages (the 5 MB article by default), as profile-firefox.ts
// does for the saved pages: Firefox starts with the built extension under MOZ_PROFILER_STARTUP, loads the
// page N times, and writes the profile as it quits. The page runs bench-hostile's stall ticks, and each
// stall over 50 ms is also a `bench-stall` measure: a marker in the profile, so
// scripts/profile-firefox-stalls.ts can say what ran in each. For readable function names, profile an
// unminified build: `SOURCELIGHT_DIST=/tmp/prof npx vite build --mode firefox --minify false`.
//   npx tsx scripts/profile-firefox-hostile.ts out.json [--only big|quotes] [--runs N] [--stall MS]
import { resolve } from 'node:path';
import { launch } from '../test/e2e/harness/browsers';
import { waitFor } from '../test/e2e/harness/wait';
import { profileFirefox } from './gecko-profiler';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES, stallMarks } from './bench-hostile-pages';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1]! : fallback;
};
const runs = Number(option('--runs', '1'));
// Stalls over this many ms are marked (the bench's floor by default).
const stallOver = Number(option('--stall', '50'));
const only = option('--only', 'big');
const out = resolve(args.shift()!);
const profiler = profileFirefox(out, { interval: '1', features: 'js,cpu' });

const hostile = HOSTILE_BENCH_PAGES.find((p) => p.path.includes(only));
if (!hostile) throw new Error(`no page ${only}`);
const server = await startHostileServer(HOSTILE_BENCH_PAGES);
const browser = await launch('firefox', { timings: true });
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.open(server.url(hostile.path));
    await page.evaluate(stallMarks(stallOver));
    const count = () => page.evaluate<number>(`performance.getEntriesByType('measure').length`);
    // The first paint first (a slow start, as the first run's cold background, has gaps over 3 s); then
    // a huge article paints section by section: the pass ends once no measure has come for 3 s.
    await waitFor(
      () => page.evaluate<number>(`performance.getEntriesByName('sourcelight:paint').length`),
      (n) => n > 0,
      { what: 'the first paint', timeout: 180_000 },
    );
    for (let last = -1, now = await count(); now !== last || now === 0; last = now, now = await count())
      await new Promise((r) => setTimeout(r, 3000));
    console.error(
      `run ${run + 1}: stalls`,
      await page.evaluate<string>(`JSON.stringify(__benchStalls.map(([, d]) => d))`),
    );
    await page.close();
  }
} finally {
  await profiler.quit();
  await browser.close().catch(() => undefined);
  await server.close();
}
