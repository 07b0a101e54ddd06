// Where the long tasks of bench-hostile.ts's pages go, in Chromium with the built extension: a
// DevTools trace of the page's main thread while the live page edits its quotes (or while the 5 MB
// article is read), then, for each task over 50 ms, its top-level work (script, style, layout, paint,
// observers) and the functions the sampler found most often in it.
//   npx tsx scripts/trace-hostile.ts [--only quotes|big] [--edits N] [--top N] [--stall MS] [--no-samples]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { extensionDir } from '../test/e2e/harness/browsers';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES, editScript, stallMarks } from './bench-hostile-pages';
import { stallBreakdown } from './trace-stalls';
import {
  inclusiveTimes,
  summarizeTrace,
  traceFigures,
  type CpuProfile,
  type TraceEvent,
} from './trace-summary';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disable-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  ...(process.env.TRACE_INVALIDATIONS ? ['disable-by-default-devtools.timeline.invalidationTracking'] : []),
];

/**
 * When the huge article's document was parsed, first painted and loaded, and when the document_start
 * script's early steps (early-marks.ts, recorded with the timings) ended, in ms from navigation, with
 * how long each took in brackets.
 */
const MILESTONES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const at = (name, ms) => name + ' ' + Math.round(ms);
  const paint = performance.getEntriesByType('paint').map((e) => at(e.name, e.startTime));
  const early = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sourcelight-part:early-'))
    .map((e) => at(e.name.slice('sourcelight-part:'.length), e.startTime + e.duration) + ' (' + e.duration.toFixed(1) + ')');
  return 'milestones: ' + [at('responseEnd', nav.responseEnd), at('domInteractive', nav.domInteractive),
    at('DCL', nav.domContentLoadedEventEnd), at('load', nav.loadEventEnd), ...paint, ...early].join(', ');
})()`; // prettier-ignore

/**
 * Style recalculation on the busiest renderer main thread, before and after `loadUs`: total and longest
 * CPU ms. Sourcelight's paint restyles the page wherever it comes in; adopted early, the restyle falls in
 * the page's parse, which the figures from the load event on do not see.
 */
function styleSplit(events: readonly TraceEvent[], loadUs: number): string {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'UpdateLayoutTree') {
      const key = `${e.pid}:${e.tid}`;
      byThread.set(key, [...(byThread.get(key) ?? []), e]);
    }
  const own = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const figures = (part: TraceEvent[]) => {
    const cpu = part.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
    return `${Math.round(cpu.reduce((a, b) => a + b, 0))} ms (longest ${Math.round(Math.max(0, ...cpu))})`;
  };
  const before = figures(own.filter((e) => e.ts < loadUs));
  return `style recalc CPU before load ${before}, after ${figures(own.filter((e) => e.ts >= loadUs))}`;
}

/**
 * Rendering frames after `loadUs` whose PrePaint took over 8 ms: on the 5 MB article, any change to a
 * registered highlight (an empty one's clear() too) or to the DOM repaints the whole document (PrePaint
 * and Paint, 30 ms a frame), however few ranges it touched; counted by the stage that began last.
 */
function fullRepaints(events: readonly TraceEvent[], loadUs: number): string {
  const stages = events.filter((e) => e.ph === 'b' && /^sourcelight:(analyze|anchor|paint)$/.test(e.name));
  const stageAt = (ts: number) => stages.filter((e) => e.ts <= ts).at(-1)?.name.slice(12) ?? 'none';
  const frames = events.filter((e) => e.ph === 'X' && e.name === 'PrePaint' && e.ts >= loadUs && (e.dur ?? 0) > 8000);
  const by = new Map<string, number>();
  for (const frame of frames) by.set(stageAt(frame.ts), (by.get(stageAt(frame.ts)) ?? 0) + 1);
  const ms = frames.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return `frames with PrePaint over 8 ms after load: ${frames.length} (PrePaint ${Math.round(ms)} ms), by the stage begun last ${JSON.stringify(Object.fromEntries(by))}`;
} // prettier-ignore

async function main(): Promise<void> {
  const only = arg('--only', 'quotes');
  const edits = Number(arg('--edits', '6'));
  const hostile = HOSTILE_BENCH_PAGES.find((p) => p.path.includes(only));
  if (!hostile) throw new Error(`no page ${only}`);
  const server = await startHostileServer(HOSTILE_BENCH_PAGES);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-trace-'));
  const dir = extensionDir('chromium');
  // The page alone, without the extension: what its own edits cost the browser.
  const bare = process.argv.includes('--bare');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(bare ? null : dir),
  });
  try {
    if (!bare) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(`chrome.storage.local.set({ recordTimings: true })`);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    if (only === 'quotes') {
      await page.goto(server.url(hostile.path), { waitUntil: 'load' });
      if (!bare)
        await page.waitForFunction(`performance.getEntriesByName('sourcelight:paint').length > 0`, null, {
          timeout: 120_000,
        });
      await page.waitForTimeout(3000);
    }
    // --no-samples: no V8 sampler, whose cost lengthens every script task.
    const sampled = !process.argv.includes('--no-samples');
    if (sampled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, enableSampling: true },
      transferMode: 'ReportEvents',
    });
    if (only === 'quotes') await page.evaluate(editScript(edits));
    else {
      await page.goto(server.url(hostile.path), { waitUntil: 'load', timeout: 120_000 });
      // The bench's ticks, from the load event on: each stall over --stall ms is marked in the trace.
      await page.evaluate(stallMarks(Number(arg('--stall', '50'))));
      // A huge article paints section by section: its pass ends once no measure has come for 3 s.
      const count = () => page.evaluate<number>(`performance.getEntriesByType('measure').length`);
      // (--bare: no measure ever comes; the page's own load and 3 s after it.)
      if (bare) await page.waitForTimeout(3000);
      else
        for (let last = -1, now = await count(); now !== last || now === 0; last = now, now = await count())
          await page.waitForTimeout(3000);
    }
    if (only === 'big') console.log(await page.evaluate<string>(MILESTONES));
    const { profile } = sampled ? await cdp.send('Profiler.stop') : { profile: null };
    await cdp.send('Tracing.end');
    await done;
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ events, profile }));
    if (profile) console.log(inclusiveTimes(profile as CpuProfile, Number(arg('--top', '12')) * 3));
    if (process.env.TRACE_INVALIDATIONS) {
      const counts = new Map<string, number>();
      for (const e of events) {
        if (!/nvalid|Schedule|Repaint|Highlight/.test(e.name)) continue;
        const data = (e.args?.data ?? {}) as Record<string, unknown>;
        const key = `${e.name} ${String(data.reason ?? data.invalidationSet ?? '')} ${String(data.nodeName ?? '')}`;
        counts.set(key.slice(0, 160), (counts.get(key.slice(0, 160)) ?? 0) + 1);
      }
      console.log(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 30)
          .map(([k, n]) => `${n} ${k}`)
          .join('\n'),
      );
    }
    // The huge article: from its load event on (before it, the page's own parse and first layout).
    const loads = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'load');
    // The live page: from the trace's start (its first edit).
    const start = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
    const since = only === 'quotes' ? start : Math.max(0, ...loads.map((e) => e.ts));
    console.log(`${only}${bare ? ' (bare)' : ''}: ${traceFigures(events, since)}`);
    if (only === 'big')
      console.log(`${styleSplit(events, since)}\n${fullRepaints(events, since)}\n${stallBreakdown(events)}`);
    console.log(
      summarizeTrace(events, profile as CpuProfile, Number(arg('--top', '12')), Number(arg('--over', '50'))),
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

await main();
