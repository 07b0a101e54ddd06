// Reads a profile written by scripts/profile-firefox-hostile.ts without relying on the page's stall
// ticks: on each thread, every stretch of samples that kept the CPU busy (each sample's thread CPU over
// half the sampling interval, gaps of one idle sample bridged) for more than `--over` ms of CPU, with the
// functions most on its stack. A stretch is what a page's task would wait behind.
//   npx tsx scripts/profile-firefox-busy.ts profile.json [--over 40] [--top 12]
import { readFileSync } from 'node:fs';
import { stackReader, threadsOf, type Profile } from './gecko-profiler';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const over = option('--over', 40);
const top = option('--top', 12);
const NOISE = /self-hosted|RunScript|XRE_|^\(root|promise callback|EventDispatcher|^js::RunScript/;

for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  threadsOf(profile).forEach((thread, index) => {
    const { samples } = thread;
    const frames = stackReader(thread);
    const rows = samples.data.map((s) => ({
      time: s[samples.schema.time!] as number,
      cpu: ((s[samples.schema.threadCPUDelta!] as number | null) ?? 0) / 1e6,
      stack: s[samples.schema.stack!] as number | null,
    }));
    let start = 0;
    while (start < rows.length) {
      if (rows[start]!.cpu < 0.5) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < rows.length && (rows[end + 1]!.cpu >= 0.5 || (rows[end + 2]?.cpu ?? 0) >= 0.5)) end++;
      const stretch = rows.slice(start, end + 1);
      const cpu = stretch.reduce((sum, r) => sum + r.cpu, 0);
      if (cpu > over) {
        const inclusive = new Map<string, number>();
        for (const r of stretch)
          for (const name of new Set(frames(r.stack)))
            if (!NOISE.test(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + r.cpu);
        const ranked = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top);
        console.log(
          `thread ${index} at ${Math.round(stretch[0]!.time)}: ${Math.round(stretch.at(-1)!.time - stretch[0]!.time)} ms, CPU ${cpu.toFixed(1)} ms`,
        );
        for (const [name, ms] of ranked) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
      }
      start = end + 1;
    }
  });
}
