// What a V8 CPU profile of an extension page says about its own script time (scripts/bench-panel.ts):
// the samples in the extension's JavaScript, without the bench's probes; and, as a lower bound for a
// loaded machine, the same without the long gaps between samples.

/** Sampled CPU time of a profile: every sample but the idle ones, those outside JavaScript ("(program)":
 * style, layout, parsing) and those of the bench's own probes (Playwright's injected scripts, which poll
 * the list while it fills: a frame with a URL that is not the extension's). A descheduled thread takes no
 * samples, so a busy machine inflates this far less than the wall clock. */
interface Profile {
  readonly nodes: readonly {
    readonly id: number;
    readonly children?: readonly number[];
    readonly callFrame: {
      readonly functionName: string;
      readonly url?: string;
      readonly lineNumber?: number;
    };
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** The nodes whose stack holds a frame of the bench's own (a URL other than chrome-extension://…). */
function probeNodes(profile: Profile): Set<number> {
  const probe = new Set<number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const visit = (id: number, inProbe: boolean): void => {
    const node = byId.get(id);
    if (!node) return;
    const url = node.callFrame.url ?? '';
    const here = inProbe || (url !== '' && !url.startsWith('chrome-extension://'));
    if (here) probe.add(id);
    for (const child of node.children ?? []) visit(child, here);
  };
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  for (const root of profile.nodes.filter((n) => !children.has(n.id))) visit(root.id, false);
  return probe;
}

/** The profiler's sampling interval, µs. */
export const SAMPLE_US = 100;
/** On a loaded machine a sample's delta past this is mostly time the thread sat descheduled, charged to
 * whatever function ran next; but the sampler may have waited while the page ran, so a figure that counts
 * such a gap as one interval is only a lower bound. The verdict uses the full figure. */
const GAP_US = 5 * SAMPLE_US;
const gapless = (delta: number): number => (delta > GAP_US ? SAMPLE_US : delta);

/** `dropGaps`: each gap past GAP_US counted as one interval (the lower bound). */
export function scriptMs(profile: Profile, dropGaps = false): number {
  const skipped = probeNodes(profile);
  for (const n of profile.nodes)
    if (['(idle)', '(program)'].includes(n.callFrame.functionName)) skipped.add(n.id);
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  return (
    samples.reduce(
      (sum, node, i) =>
        sum + (skipped.has(node) ? 0 : dropGaps ? gapless(deltas[i + 1] ?? 0) : (deltas[i + 1] ?? 0)),
      0,
    ) / 1000
  );
}

/** With BENCH_PANEL_TOP=1: the functions that took the most samples (where to look when the floor fails). */
export function printTop(profile: Profile): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const probe = probeNodes(profile);
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const key = `${frame?.functionName || '(anonymous)'} ${frame?.url?.split('/').pop() ?? ''}:${frame?.lineNumber ?? ''}`;
    if (!probe.has(id))
      self.set(key, (self.get(key) ?? 0) + gapless(profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${ms.toFixed(1)} ms ${key}`);
}
