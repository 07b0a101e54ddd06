// Reads profiles written by scripts/profile-firefox.ts: per page, the CPU time the page's main thread spent
// from the detect measure's start to the paint measure's end (the sourcelight:* measures are markers in
// the profile), and where that CPU went (the functions on the stack, inclusive). Thread CPU, unlike the
// stage measures, is not inflated by a busy machine descheduling the content process.
//   npx tsx scripts/profile-firefox-summary.ts profile.json … [--top N]
import { readFileSync } from 'node:fs';
import { stackReader, threadsOf, type Profile, type Thread } from './gecko-profiler';
import { median } from './bench-page-report';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 30;

const pagesOf = (p: Profile): NonNullable<Profile['pages']> => [
  ...(p.pages ?? []),
  ...(p.processes ?? []).flatMap(pagesOf),
];

/** Each load's pass window (detect start → paint end) on this thread, with its page's folder. */
function passWindows(
  thread: Thread,
  urls: Map<number, string>,
): { page: string; from: number; to: number }[] {
  const { schema, data } = thread.markers;
  const byWindow = new Map<number, Map<string, [number, number]>>();
  for (const row of data) {
    const detail = row[schema.data!] as { type?: string; name?: string; innerWindowID?: number } | null;
    if (detail?.type !== 'UserTiming' || !detail.name?.startsWith('sourcelight:')) continue;
    const measures = byWindow.get(detail.innerWindowID!) ?? new Map<string, [number, number]>();
    byWindow.set(detail.innerWindowID!, measures);
    if (!measures.has(detail.name))
      measures.set(detail.name, [row[schema.startTime!] as number, row[schema.endTime!] as number]);
  }
  return [...byWindow].flatMap(([id, measures]) => {
    const detect = measures.get('sourcelight:detect');
    const paint = measures.get('sourcelight:paint');
    const page = (urls.get(id) ?? '?').split('/newspages/').pop()!.split('/')[0]!;
    return detect && paint ? [{ page, from: detect[0], to: paint[1] }] : [];
  });
}

const cpuByPage = new Map<string, number[]>();
const inclusive = new Map<string, number>();
for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const urls = new Map(pagesOf(profile).map((page) => [page.innerWindowID, page.url]));
  for (const thread of threadsOf(profile)) {
    const windows = passWindows(thread, urls);
    if (windows.length === 0) continue;
    const { samples } = thread;
    const frames = stackReader(thread);
    for (const window of windows) {
      let cpu = 0;
      for (const sample of samples.data) {
        const time = sample[samples.schema.time!] as number;
        if (time <= window.from || time > window.to) continue;
        const ms = ((sample[samples.schema.threadCPUDelta!] as number | null) ?? 0) / 1e6;
        cpu += ms;
        const stack = frames(sample[samples.schema.stack!] as number | null);
        if (!stack.some((name) => name.includes('assets/'))) continue;
        for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
      cpuByPage.set(window.page, [...(cpuByPage.get(window.page) ?? []), cpu]);
    }
  }
}
let sum = 0;
for (const [page, values] of [...cpuByPage].sort()) {
  sum += median(values)!;
  console.log(
    `${page.slice(0, 44).padEnd(44)} loads ${values.length}  median CPU ${median(values)!.toFixed(1)} ms`,
  );
}
console.log(
  `sum of the pages' medians: ${sum.toFixed(1)} ms\n\nCPU in the pass with the extension's code on the stack, by function (inclusive, ms):`,
);
const NOISE = /self-hosted|RunScript|XRE_|^\(root|promise callback|EventDispatcher/;
for (const [name, ms] of [...inclusive]
  .filter(([name]) => !NOISE.test(name))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${ms.toFixed(1).padStart(8)}  ${name.slice(0, 120)}`);
