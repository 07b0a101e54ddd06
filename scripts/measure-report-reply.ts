// What the panel's getReport reply of bench-hostile's 5 MB article weighs, part by part, and how long
// the reply takes to come, asked from an extension page once the page's pass is over.
//   npx tsx scripts/measure-report-reply.ts [--browser chromium|firefox] [--asks N]
import { launch } from '../test/e2e/harness/browsers';
import { waitFor } from '../test/e2e/harness/wait';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES } from './bench-hostile-pages';

const at = (name: string) => process.argv.indexOf(name);
const name = at('--browser') >= 0 ? process.argv[at('--browser') + 1]! : 'firefox';
if (name !== 'chromium' && name !== 'firefox') throw new Error(`--browser chromium|firefox, not ${name}`);
const asks = at('--asks') >= 0 ? Number(process.argv[at('--asks') + 1]) : 3;
const server = await startHostileServer(HOSTILE_BENCH_PAGES);
const browser = await launch(name);
try {
  const page = await browser.open(server.url('/big.html'));
  const tabId = await browser.tabIdOf(page);
  const control = await browser.openExtensionPage('src/options/index.html');
  await waitFor(
    () =>
      control.evaluate<string>(
        `browser.tabs.sendMessage(${tabId}, { type: 'getReport', payload: {} }).then((r) => r?.state)`,
      ),
    (state) => state === 'ready',
    { what: 'the 5 MB article to be ready', timeout: 300_000 },
  );
  const sizes = await control.evaluate<Record<string, number | string>>(`(async () => {
    const out = {};
    for (let i = 0; i < ${asks}; i++) {
      const from = performance.now();
      const report = await browser.tabs.sendMessage(${tabId}, { type: 'getReport', payload: {} });
      out['ask ' + (i + 1) + ' ms'] = Math.round(performance.now() - from);
      if (i > 0) continue;
      out.whole = JSON.stringify(report).length;
      out.statements = report.analysis.statements.length;
      out.statementsChars = JSON.stringify(report.analysis.statements).length;
      out.article = JSON.stringify(report.analysis.article).length;
      out.summary = JSON.stringify(report.summary).length;
      out.summaryTotal = report.summary.total;
      out.speakers = report.summary.speakers.length;
      out.entryTimes = JSON.stringify(report.entryTimes ?? {}).length;
    }
    return out;
  })()`);
  console.log(`${name}:`, JSON.stringify(sizes));
} finally {
  await browser.close();
  await server.close();
}
