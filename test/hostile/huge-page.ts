// The huge-page class: a 5 MB article of our own prose, numbered so no two paragraphs are alike, with a
// last quote whose highlight shows that the analysis reached the end. Long tasks are recorded with their
// start, so that the page's own parse (seconds, before the load event) is told from Sourcelight's work.
import { newsPage, PROSE, type HostilePage } from './hostile-pages';

export const HUGE_LAST_QUOTE = 'The last section was read to its end';

const TASKS = `<script>
  window.__tasks = [];
  new PerformanceObserver((list) => { for (const t of list.getEntries()) __tasks.push([t.startTime, t.duration]); })
    .observe({ type: 'longtask', buffered: true });
  // The page's own work at its highest priority, from its load on: a tick asked for every 5 ms.
  window.__ticks = [];
  addEventListener('load', () => {
    const later = globalThis.scheduler?.postTask
      ? (tick) => scheduler.postTask(tick, { priority: 'user-blocking', delay: 5 })
      : (tick) => setTimeout(tick, 5);
    const tick = () => { __ticks.push(performance.now()); later(tick); };
    later(tick);
  });
</script>`;

/** About `bytes` of article text. */
function hugeArticle(bytes: number): string {
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = `<p>${PROSE[i % PROSE.length]} (${i})</p>`;
    out.push(p);
    size += p.length;
  }
  out.push(`<p>“${HUGE_LAST_QUOTE},” said Olga Stern, the archivist.</p>`);
  return out.join('\n');
}

export const HUGE_PAGE: HostilePage = {
  name: 'a 5 MB article',
  path: '/huge.html',
  body: newsPage({ head: TASKS, article: hugeArticle(5_000_000) }),
  highlighted: true,
};

/** Long tasks that started after the load event: Sourcelight's pass, and the layout work it causes. */
export const TASKS_AFTER_LOAD = `__tasks
  .filter(([start]) => start >= performance.timing.loadEventEnd - performance.timeOrigin)
  .map(([, duration]) => Math.round(duration))`;

/** A stage this busy spans several of its chunks, so the page should have had a turn within it. */
const BUSY_STAGE_MS = 60;

/**
 * The anchor and paint stages (each section's) that kept the main thread at least BUSY_STAGE_MS, with
 * how many of the page's ticks ran between the stage's start and its end on the clock (the measure's
 * duration is busy time: the page's turns come after it): a pass that yields lets them in (Firefox
 * starved them behind message-channel hops: none ran in 150 ms stages).
 */
export const TICKS_IN_BUSY_STAGES = `performance.getEntriesByType('measure')
  .filter((m) => /^sourcelight:(anchor|paint)$/.test(m.name) && m.duration >= ${BUSY_STAGE_MS})
  .map((m) => ({ stage: m.name, ms: Math.round(m.duration),
    ticks: __ticks.filter((t) => t >= m.startTime && t <= m.startTime + m.detail.wallMs).length }))`;
