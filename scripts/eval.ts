// `npm run eval [-- --corpus PATH] [--dump-misses FILE] [--pred-out FILE] [--json]`: runs analyze over a
// labelled corpus (default ../shared/corpus/polnear.dev.jsonl) and scores it as ../shared/eval/score.mjs does.
import { writeFileSync } from 'node:fs';
import { dumpMisses } from './eval/dump-misses';
import { predict, readJsonl } from './eval/predict';
import { score, type GoldDoc, type Outcome } from './eval/score';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpusPath = option('--corpus') ?? '../shared/corpus/polnear.dev.jsonl';
const docs = readJsonl<GoldDoc>(corpusPath);
const started = performance.now();
const preds = predict(docs);
const ms = performance.now() - started;
const predOut = option('--pred-out');
if (predOut) writeFileSync(predOut, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
const outcomes: Outcome[] = [];
const res = score(docs, preds, (o) => outcomes.push(o));
const missesPath = option('--dump-misses');
if (missesPath) dumpMisses(missesPath, docs, outcomes);
if (process.argv.includes('--json')) console.log(JSON.stringify(res));
else {
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  console.log(`corpus: ${corpusPath}`);
  for (const [k, v] of Object.entries(res))
    console.log(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`);
  console.log(`analyze: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms (${(mb / (ms / 1000)).toFixed(2)} MB/s)`);
  if (missesPath) console.log(`misses written to ${missesPath}`);
}
