// What each stall of bench-hostile.ts's 5 MB article is made of, without a profiler's overhead: for each
// stall of the page's ping over --over ms (stallTicks) after the load event, the stretches of Sourcelight's
// work that overlap it (`sourcelight-part:<stage>-stretch`, stage.ts: the work between two yields) and,
// in Chromium, the long animation frames in it (the task's scripts, then the rendering: style and
// layout, paint). What is left of a stall when both are subtracted is the browser's own (GC, its parse,
// the machine). Pair it with trace-hostile.ts (Chromium) or profile-firefox-hostile.ts (Firefox).
// `--quiet S`: how long no new measure must come before the pass counts as over (3 s; bench-hostile.ts
// waits 12 in Firefox, and collections in that wait were stalls of up to 1 s).
//   npx tsx scripts/why-stalls-hostile.ts [--browser chromium|firefox] [--runs N] [--over 40] [--quiet S]
import { loadavg } from 'node:os';
import { launch } from '../test/e2e/harness/browsers';
import { waitFor } from '../test/e2e/harness/wait';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES, stallTicks } from './bench-hostile-pages';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

/** The long animation frames (Chromium), kept with their parts. */
const FRAMES = `(() => {
  window.__benchFrames = [];
  try {
    new PerformanceObserver((list) => { for (const f of list.getEntries()) __benchFrames.push({
      start: f.startTime, duration: f.duration, render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
      style: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0, blocking: f.blockingDuration,
      scripts: f.scripts.map((s) => [s.invoker, Math.round(s.duration), Math.round(s.forcedStyleAndLayoutDuration), s.sourceFunctionName]),
    }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})()`; // prettier-ignore

/** Each stall after load over `over` ms, with what overlapped it. */
const READ = (over: number) => `(() => {
  const from = performance.timing.loadEventEnd - performance.timeOrigin;
  const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  const parts = performance.getEntriesByType('measure').filter((m) => m.name.includes('-stretch') || m.name.startsWith('sourcelight:'));
  return (window.__benchStalls ?? []).filter(([at, d]) => at >= from && d > ${over}).map(([at, d]) => {
    const ours = parts.filter((m) => m.name.includes('-stretch') && overlap(at, at + d, m.startTime, m.startTime + m.duration) > 0)
      .map((m) => m.name.slice(17).replace('-stretch', '') + ' ' + Math.round(m.duration));
    const stages = parts.filter((m) => m.name.startsWith('sourcelight:') && m.startTime <= at + d).map((m) => m.name.slice(12));
    const frames = (window.__benchFrames ?? []).filter((f) => overlap(at, at + d, f.start, f.start + f.duration) > 0)
      .map((f) => 'frame ' + Math.round(f.duration) + ' (render ' + Math.round(f.render) + ', style+layout ' + Math.round(f.style) + ') '
        + f.scripts.map((s) => s.join(':')).join(' | '));
    return 'stall ' + d + ' ms at ' + Math.round(at - from) + ' after load (last stage begun ' + (stages.at(-1) ?? 'none') + '): ours ' + (ours.join(', ') || 'none') + (frames.length ? '; ' + frames.join('; ') : '');
  });
})()`; // prettier-ignore

async function main(): Promise<void> {
  const name = arg('--browser', 'chromium');
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`--browser chromium|firefox, not ${name}`);
  const hostile = HOSTILE_BENCH_PAGES.find((p) => p.path === '/big.html')!;
  const server = await startHostileServer(HOSTILE_BENCH_PAGES);
  const browser = await launch(name);
  try {
    for (let run = 0; run < Number(arg('--runs', '2')); run++) {
      const page = await browser.open(server.url(hostile.path));
      await page.evaluate(`${stallTicks(Number(arg('--over', '40')))}, ${FRAMES}`);
      const count = () => page.evaluate<number>(`performance.getEntriesByType('measure').length`);
      await waitFor(
        () => page.evaluate<number>(`performance.getEntriesByName('sourcelight:paint').length`),
        (n) => n > 0,
        { what: 'the first paint', timeout: 180_000 },
      );
      for (let last = -1, now = await count(); now !== last; last = now, now = await count())
        await new Promise((resolve) => setTimeout(resolve, Number(arg('--quiet', '3')) * 1000));
      const stalls = await page.evaluate<string[]>(READ(Number(arg('--over', '40'))));
      console.log(
        `${name} run ${run + 1} (load ${loadavg()[0]!.toFixed(1)}):\n  ${stalls.join('\n  ') || 'no stall'}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
