// Reads a DevTools trace (scripts/trace-hostile.ts): each renderer main thread's tasks over 50 ms, with
// what took their time (the trace's own events: script, style, layout, paint, observers) and the
// functions the V8 sampler found running in them (self time).

export interface TraceEvent {
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time, µs: what the task cost the thread, without the time it sat descheduled. */
  readonly tdur?: number;
  readonly ph: string;
  readonly name: string;
  readonly id?: string;
  readonly args?: { name?: string; data?: Record<string, unknown> };
}

interface Frame {
  readonly functionName: string;
  readonly url?: string;
  readonly lineNumber?: number;
}

const TASK_NAMES = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);
/** Events worth naming inside a task (the rest nest inside these or are bookkeeping). */
const WORK = new Set([
  'FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'EventDispatch',
  'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'RunMicrotasks', 'HitTest',
  'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'IntersectionObserverController::computeIntersections',
  'UpdateIntersectionObservations', 'ScheduleStyleRecalculation', 'v8.run', 'V8.StackGuard',
  'UpdateLifecycle', 'Commit', 'PaintImage', 'Document::updateStyle', 'LocalFrameView::UpdateLifecyclePhases',
  'HandlePostMessage', 'v8.compile', 'CompileScript',
]); // prettier-ignore

/** A CDP Profiler profile (Profiler.stop): its clock is the trace's. */
export interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: Frame; children?: readonly number[] }[];
  readonly startTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Each sample's time and its function (self time), in time order. */
function sampleFrames(profile: CpuProfile | null): { ts: number; frame: string }[] {
  if (!profile) return [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  let ts = profile.startTime;
  return (profile.samples ?? []).map((id, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    const frame = byId.get(id);
    const where = frame?.url ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber ?? 0}` : '';
    return { ts, frame: `${frame?.functionName || '(anonymous)'} ${where}`.trim() };
  });
}

function top(counts: Map<string, number>, n: number, scale = 1): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, v]) => `${Math.round(v * scale)} ${name}`)
    .join(' | ');
}

/** Tasks (and microtask checkpoints run outside any task) longer than `overMs`. */
export function summarizeTrace(
  events: readonly TraceEvent[],
  profile: CpuProfile | null,
  topN = 12,
  overMs = 50,
): string {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const samples = sampleFrames(profile);
  const lines: string[] = [];
  for (const thread of mains) {
    const own = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.dur !== undefined);
    const outer = own.filter((e) => TASK_NAMES.has(e.name)).sort((a, b) => a.ts - b.ts);
    // Only outermost: a checkpoint inside a task is part of it.
    let reach = -1;
    const tops = outer.filter((e) => {
      if (e.ts < reach) return false;
      reach = e.ts + (e.dur ?? 0);
      return true;
    });
    const cpuOver = Number(process.env.TRACE_CPU_OVER ?? Infinity) * 1000;
    const tasks = tops.filter((e) => (e.dur ?? 0) > overMs * 1000 || (e.tdur ?? 0) > cpuOver);
    const wall = tops.map((e) => Math.round((e.dur ?? 0) / 1000)).sort((a, b) => b - a);
    const cpu = tops.map((e) => Math.round((e.tdur ?? 0) / 1000)).sort((a, b) => b - a);
    if (wall[0]! < 5) continue;
    lines.push(
      `thread ${thread}: ${tops.length} tasks; longest wall ${wall.slice(0, 5).join(', ')} ms; longest CPU ${cpu.slice(0, 5).join(', ')} ms; ${tasks.length} over ${overMs} ms wall`,
    );
    for (const task of tasks) {
      if (process.env.TRACE_BEFORE) {
        // What ran in the tasks just before (what dirtied the frame, when it is a rendering task).
        const at = tops.indexOf(task);
        for (const prior of tops.slice(Math.max(0, at - 3), at)) {
          const end = prior.ts + (prior.dur ?? 0);
          const fns = new Map<string, number>();
          for (const s of samples)
            if (s.ts >= prior.ts && s.ts < end) fns.set(s.frame, (fns.get(s.frame) ?? 0) + 1);
          lines.push(
            `  before: ${Math.round((prior.dur ?? 0) / 1000)} ms at ${Math.round(prior.ts / 1000)}: ${top(fns, 6)}`,
          );
        }
      }
      const end = task.ts + (task.dur ?? 0);
      const work = new Map<string, number>();
      for (const e of own) {
        if (e === task || e.ts < task.ts || e.ts >= end || !WORK.has(e.name)) continue;
        const data = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
        const label =
          data?.functionName || data?.type ? `${e.name}(${data.functionName ?? data.type})` : e.name;
        work.set(label, (work.get(label) ?? 0) + (e.dur ?? 0));
      }
      const fns = new Map<string, number>();
      for (const s of samples)
        if (s.ts >= task.ts && s.ts < end) fns.set(s.frame, (fns.get(s.frame) ?? 0) + 1);
      lines.push(
        `- ${Math.round((task.dur ?? 0) / 1000)} ms (CPU ${Math.round((task.tdur ?? 0) / 1000)}) at ${Math.round(task.ts / 1000)}: ${top(work, topN, 1 / 1000)}`,
      );
      lines.push(`    samples: ${top(fns, topN)}`);
      if (process.env.TRACE_DETAIL)
        for (const e of own)
          if (e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 2000)
            lines.push(
              `      ${Math.round((e.ts - task.ts) / 1000)}+${Math.round((e.dur ?? 0) / 1000)} ${e.name}`,
            );
    }
  }
  return lines.join('\n') || `no task over ${overMs} ms on any renderer main thread`;
}

/** Sampled ms per function, counting every sample with the function anywhere on its stack (self and callees). */
export function inclusiveTimes(profile: CpuProfile, topN: number, urlPart = 'session'): string {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at);
      if (!f?.url?.includes(urlPart)) continue;
      const key = `${f.functionName || '(anonymous)'}:${f.lineNumber ?? 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
  }
  return `inclusive ms in ${urlPart}: ${top(totals, topN)}`;
}

/**
 * The figures of items 1 and 10 on the busiest renderer main thread, from `sinceUs` (trace clock) on:
 * the longest task (wall and CPU), the longest style recalculation and layout (CPU), and when the last
 * paint measure ended, in ms after `sinceUs`.
 */
export function traceFigures(events: readonly TraceEvent[], sinceUs: number): string {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const count = new Map<string, number>();
  for (const e of events)
    if (mains.has(`${e.pid}:${e.tid}`)) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const busiest = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === busiest && e.ts >= sinceUs);
  const longest = (name: string, cpu: boolean): number =>
    Math.round(
      Math.max(0, ...own.filter((e) => e.name === name).map((e) => (cpu ? (e.tdur ?? e.dur ?? 0) : (e.dur ?? 0)))) / 1000,
    );
  const paints = events.filter((e) => e.name === 'sourcelight:paint' && e.ph === 'e' && e.ts >= sinceUs);
  const lastPaint = Math.round((Math.max(sinceUs, ...paints.map((e) => e.ts)) - sinceUs) / 1000);
  return (
    `longest task ${longest('ThreadControllerImpl::RunTask', false)} ms (CPU ${longest('ThreadControllerImpl::RunTask', true)}); ` +
    `longest style recalc CPU ${longest('UpdateLayoutTree', true)} ms; longest layout CPU ${longest('Layout', true)} ms; ` +
    `last paint ${paints.length ? `${lastPaint} ms in` : 'none'}`
  );
} // prettier-ignore
