// The page shapes of issue 14's task floors (items 1 and 10), shared by scripts/bench-hostile.ts (long
// tasks) and scripts/trace-hostile.ts (where they go): a live page of 2,000 quoted paragraphs, and a 5 MB
// article. Each page records its long tasks with their start (Chromium; Firefox has no longtask entries)
// and its main thread's stalls (both browsers: see STALLS).
import { newsPage, PROSE, type HostilePage } from '../test/hostile/hostile-pages';

/** Long tasks with their start, from the document's start. */
const TASKS = `<script>
  window.__benchTasks = [];
  try {
    new PerformanceObserver((list) => { for (const t of list.getEntries()) __benchTasks.push([t.startTime, t.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
</script>`;

/**
 * Where the browser has no longtask entries (Firefox), a stall is what a page feels: a tick of the
 * page's own, asked for every 5 ms at the highest priority (scheduler.postTask 'user-blocking'), that
 * comes more than 50 ms after the last one means the main thread ran something about that long, or
 * starved the page's tasks (a pass yielding with scheduler.yield() did, in Firefox: the whole pass was
 * one stall; content/timing.ts), or sat descheduled: read it with the load average. Started once the
 * page has loaded.
 */
export const stallTicks = (over = 50): string => `(() => {
  window.__benchStalls = [];
  const later = globalThis.scheduler?.postTask
    ? (tick) => scheduler.postTask(tick, { priority: 'user-blocking', delay: 5 })
    : (tick) => setTimeout(tick, 5);
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > ${over}) __benchStalls.push([last, Math.round(now - last)]);
    last = now;
    later(tick);
  };
  later(tick);
})()`;
/** The bench's ticks: stalls over 50 ms. */
export const STALLS = stallTicks();

/** The stall ticks, each stall also a `bench-stall` measure: a marker in a Gecko profile or a DevTools trace. */
export const stallMarks = (over = 50): string => `(${stallTicks(over)}, (() => {
  const push = __benchStalls.push.bind(__benchStalls);
  __benchStalls.push = (stall) => {
    performance.measure('bench-stall', { start: stall[0], duration: stall[1] });
    return push(stall);
  };
})())`;

const SPEAKERS = ['Marta Lind', 'Paul Ode', 'Ines Baro', 'Olga Stern', 'Tomas Reed'];
/** 2,000 paragraphs, each one quote with its speaker; "section N" is what an edit changes. */
const quoted = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>“The barrier’s section ${i} will hold through the worst winter we can imagine,” said ${SPEAKERS[i % SPEAKERS.length]}.</p>`,
  ).join('\n');
/** About `bytes` of article text: our prose, numbered so no two paragraphs are alike. */
const big = (bytes: number) => {
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = `<p>${PROSE[i % PROSE.length]} (${i})</p>`;
    out.push(p);
    size += p.length;
  }
  return out.join('\n');
};

export const HOSTILE_BENCH_PAGES: HostilePage[] = [
  { name: '2,000 quoted paragraphs', path: '/quotes.html', body: newsPage({ head: TASKS, article: quoted(2000) }), highlighted: true },
  { name: '5 MB article', path: '/big.html', body: newsPage({ head: TASKS, article: big(5_000_000) }), highlighted: true },
]; // prettier-ignore

/** One edit a second: a quote's own words change (the text node is rewritten), as a live page does. */
export const editScript = (edits: number) => `new Promise((done) => {
  const ps = document.querySelectorAll('article p');
  let n = 0;
  const timer = setInterval(() => {
    const p = ps[(n * 197 + 11) % ps.length];
    p.firstChild.data = p.firstChild.data.replace(/section \\d+/, 'part ' + (10000 + n));
    if (++n === ${edits}) { clearInterval(timer); setTimeout(done, 3000); }
  }, 1000);
})`;
