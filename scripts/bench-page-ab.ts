// Two builds side by side on the saved pages, interleaved page by page (issue 15's "measured interleaved"):
// each page is loaded with build A and with build B in turn (A first on even pages, B first on odd, then
// the other way round in the next round), right
// after one bare Readability parse of the same page that both ratios share, so both sides of a page see the
// same load on the machine. Run an even number of rounds: the builds swap browsers each round. Prints each
// side's wall-pass and busy medians, pages over the floors, and the median of the per-page B/A wall ratio.
//   npx tsx scripts/bench-page-ab.ts distA distB [--browser chromium|firefox] [--rounds N] [--json out.json] [filters…]
import { readdirSync, writeFileSync } from 'node:fs';
import { type BenchBrowsers } from './bench-page-browsers';
import { chromiumBrowsers } from './bench-page-chromium';
import { firefoxBrowsers } from './bench-page-firefox';
import { passResult } from './bench-page';
import { FLOORS, median, type PageResult } from './bench-page-report';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const browser = option('--browser') ?? 'chromium';
const rounds = Number(option('--rounds') ?? 1);
const jsonOut = option('--json');
const [distA, distB, ...only] = args;
if (!distA || !distB) throw new Error('usage: bench-page-ab.ts distA distB [--browser b] [--rounds N]');
const withBrowsers = browser === 'firefox' ? firefoxBrowsers : chromiumBrowsers;
const folders = readdirSync(NEWSPAGES_DIR!, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only.length || only.some((o) => d.name.includes(o))))
  .map((d) => d.name)
  .sort();
const server = await startServer();

/** One page's pass with `side`, its ratio taken against `bare` (the same bare parse for both builds). */
async function load(side: BenchBrowsers, folder: string, bare: number | null): Promise<PageResult> {
  return passResult(folder, await side.pass(server.url(`/newspages/${folder}/source.html`), 'paint'), bare);
}

const results: { A: PageResult[]; B: PageResult[] } = { A: [], B: [] };
try {
  for (let round = 0; round < rounds; round++) {
    // Each build runs in the first-launched browser in one round and the second in the next: a browser
    // launched second was slower with the very same build (an A/A run: pass median 135 against 112 ms).
    const [first, second] = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const dist = { A: distA, B: distB };
    await withBrowsers(dist[first], (one) =>
      withBrowsers(dist[second], async (two) => {
        const sides = { [first]: one, [second]: two } as Record<'A' | 'B', BenchBrowsers>;
        const warm = server.url('/demo/index.html');
        for (const side of [one, two]) await side.pass(warm, 'paint');
        for (const [i, folder] of folders.entries()) {
          const bare = await one.bare(server.url(`/newspages/${folder}/source.html`));
          // Which build loads a page first flips each round too: with the order fixed, the same build
          // came out ahead of itself by 0.73x and 0.85x per page (A/A, two rounds, load 10-12).
          const order = (i + round) % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
          for (const name of order) results[name].push(await load(sides[name], folder, bare));
          console.error(`${round + 1}/${rounds} ${i + 1}/${folders.length} ${folder}`);
        }
      }),
    );
  }
} finally {
  await server.close();
}

const ratio = (p: PageResult, of: number | null) =>
  of !== null && p.readabilityMs ? of / p.readabilityMs : null;
const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
function summary(pages: PageResult[]): string {
  const wall = known(pages.map((p) => ratio(p, p.passMs)));
  const busy = known(pages.map((p) => ratio(p, p.busyMs)));
  const fixed = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  return [
    `wall ${fixed(median(wall))}× (over ${FLOORS.wallVsReadability}×: ${wall.filter((r) => r > FLOORS.wallVsReadability).length}/${wall.length})`,
    `busy ${fixed(median(busy))}× (over ${FLOORS.passVsReadability}×: ${busy.filter((r) => r > FLOORS.passVsReadability).length}, worst ${fixed(Math.max(...busy))}×)`,
    `longest task ${Math.max(0, ...pages.map((p) => p.longestTaskMs))} ms`,
    `pass ${median(known(pages.map((p) => p.passMs)))} ms, bg work ${median(known(pages.map((p) => p.backgroundMs)))} ms`,
  ].join(', ');
}
const perPage = known(
  results.A.map((a, i) => (a.passMs && results.B[i]!.passMs ? results.B[i]!.passMs! / a.passMs : null)),
);
console.log(`${browser}, ${folders.length} pages × ${rounds} round(s), interleaved`);
console.log(`A ${distA}: ${summary(results.A)}`);
console.log(`B ${distB}: ${summary(results.B)}`);
console.log(`per-page B/A wall pass: median ${median(perPage)?.toFixed(2)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
