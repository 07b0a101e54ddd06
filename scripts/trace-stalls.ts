// Reads a DevTools trace taken while the page ran the bench's stall ticks with their marks
// (bench-hostile-pages.ts, stallMarks): for each `bench-stall`, the renderer main thread's tasks inside
// it, each with its main work (script, GC, style, layout, pre-paint, paint) and the stretches of
// Sourcelight's work (`sourcelight-part:<stage>-stretch`) in it. A stall is what the page felt; this says
// which of it was ours (a stretch, the frame our highlight change caused) and which the browser's (GC).
import type { TraceEvent } from './trace-summary';

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
/** What a task's time goes to (the rest nests inside these or is bookkeeping). */
const PARTS = new Set([
  'TimerFire', 'FunctionCall', 'RunMicrotasks', 'HandlePostMessage', 'EvaluateScript', 'FireAnimationFrame',
  'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC', 'HitTest',
]); // prettier-ignore

const ms = (us: number | undefined): number => Math.round((us ?? 0) / 1000);

/**
 * The user-timing measure windows named `name`, on the thread that recorded them. Their trace ids are not
 * one per measure, but windows of one name never overlap here: the n-th begin goes with the n-th end.
 */
function measures(
  events: readonly TraceEvent[],
  name: string,
): { from: number; to: number; thread: string }[] {
  const of = (ph: string) => events.filter((e) => e.name === name && e.ph === ph).sort((a, b) => a.ts - b.ts);
  const ends = of('e');
  return of('b').map((e, i) => ({ from: e.ts, to: ends[i]?.ts ?? e.ts, thread: `${e.pid}:${e.tid}` }));
}

export function stallBreakdown(events: readonly TraceEvent[]): string {
  const stalls = measures(events, 'bench-stall');
  const names = new Set(events.filter((e) => e.ph === 'b' && e.name.endsWith('-stretch')).map((e) => e.name));
  const stretches = [...names].flatMap((name) => measures(events, name).map((m) => ({ ...m, name })));
  const lines: string[] = [];
  for (const stall of stalls) {
    const own = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === stall.thread && e.ts < stall.to && e.ts + (e.dur ?? 0) > stall.from);
    const tasks = own.filter((e) => TASKS.has(e.name) && (e.dur ?? 0) >= 1000);
    const described = tasks.map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const parts = new Map<string, number>();
      for (const e of own)
        if (e !== task && PARTS.has(e.name) && e.ts >= task.ts && e.ts < end)
          parts.set(e.name, (parts.get(e.name) ?? 0) + (e.dur ?? 0));
      const named = [...parts].filter(([, us]) => us >= 1000).sort((a, b) => b[1] - a[1]).map(([n, us]) => `${n} ${ms(us)}`);
      const ours = stretches.filter((s) => s.from >= task.ts - 100 && s.from < end).map((s) => `${s.name.slice(17)} ${ms(s.to - s.from)}`);
      return `${ms(task.dur)} (${named.join(', ') || 'other'}${ours.length ? `; ours: ${ours.join(', ')}` : ''})`;
    });
    const busy = tasks.reduce((sum, t) => sum + Math.min(t.ts + (t.dur ?? 0), stall.to) - Math.max(t.ts, stall.from), 0);
    lines.push(`stall ${ms(stall.to - stall.from)} ms (tasks ${ms(busy)} ms of it): ${described.join(' + ') || 'no task'}`);
  }
  return lines.join('\n') || 'no stall';
} // prettier-ignore
