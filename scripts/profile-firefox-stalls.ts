// Reads a profile written by scripts/profile-firefox-hostile.ts: for each stall the page felt (a
// `bench-stall` measure, a marker in the profile), the thread CPU in it and the functions most on the
// stack (inclusive, and the leaf: where the time itself went); then the same summed over all stalls.
//   npx tsx scripts/profile-firefox-stalls.ts profile.json [--top N]
import { readFileSync } from 'node:fs';
import { stackReader, threadsOf, type Profile, type Thread } from './gecko-profiler';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 8;
const NOISE = /self-hosted|RunScript|XRE_|^\(root|promise callback|EventDispatcher|^js::RunScript/;

/** The stall windows on this thread: [from, to] in the profile's time. */
function stalls(thread: Thread): [number, number][] {
  const { schema, data } = thread.markers;
  return data.flatMap((row) => {
    const detail = row[schema.data!] as { type?: string; name?: string } | null;
    if (detail?.type !== 'UserTiming' || detail.name !== 'bench-stall') return [];
    return [[row[schema.startTime!] as number, row[schema.endTime!] as number] as [number, number]];
  });
}

const add = (to: Map<string, number>, name: string, ms: number) => to.set(name, (to.get(name) ?? 0) + ms);
const ranked = (map: Map<string, number>, n: number): string =>
  [...map]
    .filter(([name]) => !NOISE.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)}  ${name}`)
    .join('\n');

const allInclusive = new Map<string, number>();
/** Each stall's length and the thread's CPU in it: a stall with little CPU is the machine, not the page. */
const felt: [number, number][] = [];
const allLeaf = new Map<string, number>();
for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  for (const thread of threadsOf(profile)) {
    const windows = stalls(thread);
    if (windows.length === 0) continue;
    const { samples } = thread;
    const frames = stackReader(thread);
    for (const [from, to] of windows) {
      const inclusive = new Map<string, number>();
      const leaf = new Map<string, number>();
      let cpu = 0;
      for (const sample of samples.data) {
        const time = sample[samples.schema.time!] as number;
        if (time <= from || time > to) continue;
        const ms = ((sample[samples.schema.threadCPUDelta!] as number | null) ?? 0) / 1e6;
        cpu += ms;
        const stack = frames(sample[samples.schema.stack!] as number | null);
        const own = stack.find((name) => !NOISE.test(name));
        if (own) add(leaf, own, ms);
        for (const name of new Set(stack)) add(inclusive, name, ms);
      }
      for (const [name, ms] of inclusive) add(allInclusive, name, ms);
      for (const [name, ms] of leaf) add(allLeaf, name, ms);
      felt.push([Math.round(to - from), Math.round(cpu)]);
      console.log(
        `stall ${Math.round(to - from)} ms at ${Math.round(from)}: thread CPU ${cpu.toFixed(1)} ms`,
      );
      console.log(`  inclusive:\n${ranked(inclusive, top)}\n  leaf:\n${ranked(leaf, Math.ceil(top / 2))}`);
    }
  }
}
const busy = felt.filter(([, cpu]) => cpu > 50);
console.log(
  `\n${felt.length} stalls (ms stall/CPU): ${felt.map(([ms, cpu]) => `${ms}/${cpu}`).join(' ')}; ` +
    `${busy.length} with over 50 ms of the thread's CPU, longest CPU ${Math.max(0, ...felt.map(([, cpu]) => cpu))} ms`,
);
console.log(
  `\nall stalls, inclusive:\n${ranked(allInclusive, top * 3)}\nall stalls, leaf:\n${ranked(allLeaf, top * 2)}`,
);
