// Where a pass's main-thread time goes, page by page: the stage measures and their diagnostic parts
// (sourcelight-part:*: the extract stage's clone, parse, locate, text map), beside a bare Readability
// parse of the same page, in either browser. For finding what to cut; the floors are bench-page.ts's.
//   npx tsx scripts/profile-pass-parts.ts [folder-substring …] [--browser chromium|firefox] [--runs N]
import { readdirSync } from 'node:fs';
import { chromiumBrowsers } from './bench-page-chromium';
import { firefoxBrowsers } from './bench-page-firefox';
import { median } from './bench-page-report';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

const args = process.argv.slice(2);
const take = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const browser = take('--browser') ?? 'firefox';
const runs = Number(take('--runs') ?? 1);
const folders = readdirSync(NEWSPAGES_DIR!, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!args.length || args.some((a) => d.name.includes(a))))
  .map((d) => d.name)
  .sort();
const server = await startServer();
const withBrowsers = browser === 'firefox' ? firefoxBrowsers : chromiumBrowsers;
const NAMES = [
  'detect',
  'marked',
  'serialize',
  'copy-wait',
  'copy-work',
  'copy-locate',
  'copied',
  'clone',
  'parse',
  'locate',
  'map',
  'extract',
  'analyze',
  'anchor',
  'paint',
];
const totals = new Map<string, number[]>();
await withBrowsers(process.env.SOURCELIGHT_DIST ?? 'dist', async (b) => {
  await b.bare(server.url('/demo/index.html'));
  await b.pass(server.url('/demo/index.html'), 'paint');
  console.log(['page'.padEnd(40), 'R', ...NAMES].join('\t'));
  for (const folder of folders) {
    const url = server.url(`/newspages/${folder}/source.html`);
    for (let run = 0; run < runs; run++) {
      const r = await b.bare(url);
      const reading = await b.pass(url, 'paint');
      const get = (n: string) =>
        reading?.first[`sourcelight:${n}`]?.[1] ?? reading?.first[`sourcelight-part:${n}`]?.[1] ?? null;
      const row = [r, ...NAMES.map(get)];
      row.forEach(
        (v, i) => v !== null && (totals.get(String(i)) ?? totals.set(String(i), []).get(String(i))!).push(v),
      );
      console.log(
        [folder.slice(0, 40).padEnd(40), ...row.map((v) => (v === null ? '—' : v.toFixed(1)))].join('\t'),
      );
    }
  }
});
console.log(
  [
    'median'.padEnd(40),
    ...[0, ...NAMES.map((_, i) => i + 1)].map((i) => median(totals.get(String(i)) ?? [])?.toFixed(1) ?? '—'),
  ].join('\t'),
);
await server.close();
