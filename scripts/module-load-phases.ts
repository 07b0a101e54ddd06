// Where the analyzer module's load went in Chromium, from a trace of scripts/trace-page-pass.ts: its request
// (the document_start script's import()), the redirect from the dynamic URL (use_dynamic_url) and the
// response, each handled on the page's main thread; V8's parse of it on a background thread (wall and CPU);
// its compile and evaluation on the main thread; and how busy the main thread was in each gap (the page's
// own tasks, ahead of which nothing of ours runs). Times in ms from the detector's start (sourcelight:detect).
//   npx tsx scripts/module-load-phases.ts trace.json [more traces …]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { TraceEvent } from './trace-summary';

export interface ModuleLoadPhases {
  readonly requested: number;
  /** The redirect from the dynamic URL reached the main thread (null: none). */
  readonly redirected: number | null;
  readonly responded: number;
  /** V8's parse off the main thread: start, end, and its CPU time. */
  readonly parse: { readonly start: number; readonly end: number; readonly cpu: number } | null;
  readonly compiled: number;
  readonly evaluated: number | null;
  readonly evaluateMs: number | null;
  /** The main thread's busy time between request and response, and between response and evaluation. */
  readonly busyBeforeResponse: number;
  readonly busyAfterResponse: number;
}

const TASK = 'ThreadControllerImpl::RunTask';
const mentions = (event: TraceEvent, part: string) => JSON.stringify(event.args ?? {}).includes(part);

/** The phases of the load of the module whose URL holds `piece` (the session piece by default). */
export function moduleLoadPhases(
  events: readonly TraceEvent[],
  piece = '/session-',
): ModuleLoadPhases | null {
  const detect = events.find((e) => e.name === 'sourcelight:detect');
  if (!detect) return null;
  const onMain = (e: TraceEvent) => e.pid === detect.pid && e.tid === detect.tid;
  const ms = (us: number) => Math.round((us - detect.ts) / 100) / 10;
  const ofPiece = (name: string) => events.find((e) => e.name === name && mentions(e, piece));
  const request = ofPiece('ResourceSendRequest');
  const response = ofPiece('ThrottlingURLLoader::OnReceiveResponse');
  const compile = ofPiece('v8.compileModule');
  if (!request || !response || !compile) return null;
  const redirect = events.find(
    (e) => e.name === 'URLLoader::Context::OnReceivedRedirect' && onMain(e) && e.ts > request.ts,
  );
  const parse = ofPiece('v8.parseOnBackground');
  const evaluate = events.find((e) => e.name === 'v8.evaluateModule' && onMain(e) && e.ts >= compile.ts);
  const busy = (from: number, to: number) =>
    events
      .filter((e) => e.name === TASK && onMain(e))
      .reduce((sum, e) => sum + Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)), 0) /
    1000;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requested: ms(request.ts),
    redirected: redirect ? ms(redirect.ts) : null,
    responded: ms(response.ts),
    parse: parse
      ? { start: ms(parse.ts), end: ms(parse.ts + (parse.dur ?? 0)), cpu: round((parse.tdur ?? 0) / 1000) }
      : null,
    compiled: ms(compile.ts),
    evaluated: evaluate ? ms(evaluate.ts) : null,
    evaluateMs: evaluate ? round((evaluate.dur ?? 0) / 1000) : null,
    busyBeforeResponse: round(busy(request.ts, response.ts)),
    busyAfterResponse: round(busy(response.ts, evaluate?.ts ?? compile.ts)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of process.argv.slice(2)) {
    const events = JSON.parse(readFileSync(file, 'utf8')) as TraceEvent[];
    console.log(file, moduleLoadPhases(events) ?? 'no module load found');
  }
}
