// The analyzer module's load read from a DevTools trace: its request, redirect and response on the page's
// main thread, V8's parse off it, compile and evaluation, and the main thread's busy time in the gaps.
import { describe, expect, it } from 'vitest';
import { moduleLoadPhases } from '../../../scripts/module-load-phases';
import type { TraceEvent } from '../../../scripts/trace-summary';

const MAIN = { pid: 1, tid: 1 };
const at = (ms: number) => 1_000_000 + ms * 1000;
const url = { data: { url: 'chrome-extension://x/assets/session-abc.js' } };
const event = (name: string, ms: number, durMs = 0, more: Partial<TraceEvent> = {}): TraceEvent => ({
  ...MAIN,
  ph: 'X',
  name,
  ts: at(ms),
  dur: durMs * 1000,
  ...more,
});

/** Requested 100 ms before the detector, behind a 50 ms page task; parsed off-thread in 20 ms (5 of CPU). */
const TRACE: TraceEvent[] = [
  event('sourcelight:detect', 0, 0, { ph: 'b' }),
  event('ResourceSendRequest', -100, 0, { args: url }),
  event('ThreadControllerImpl::RunTask', -95, 50),
  event('URLLoader::Context::OnReceivedRedirect', -45),
  event('ThreadControllerImpl::RunTask', -30, 10),
  event('ThrottlingURLLoader::OnReceiveResponse', -15, 1, { args: url }),
  event('v8.parseOnBackground', -14, 20, { tid: 2, tdur: 5000, args: url }),
  event('ThreadControllerImpl::RunTask', 0, 8),
  event('v8.compileModule', 10, 0.5, { args: url }),
  event('v8.evaluateModule', 15, 3),
];

describe('moduleLoadPhases', () => {
  it('reads each phase, relative to the detector’s start', () => {
    expect(moduleLoadPhases(TRACE)).toEqual({
      requested: -100,
      redirected: -45,
      responded: -15,
      parse: { start: -14, end: 6, cpu: 5 },
      compiled: 10,
      evaluated: 15,
      evaluateMs: 3,
      busyBeforeResponse: 60,
      busyAfterResponse: 8,
    });
  });

  it('is null without a detector or without the module’s load', () => {
    expect(moduleLoadPhases(TRACE.slice(1))).toBeNull();
    expect(moduleLoadPhases(TRACE.filter((e) => e.name !== 'v8.compileModule'))).toBeNull();
  });
});
