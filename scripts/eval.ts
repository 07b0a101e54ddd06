// `npm run eval [-- --corpus PATH] [--half odd|even] [--split] [--dump-misses FILE] [--pred-out FILE] [--json]`:
// runs analyze over a labelled corpus (default ../shared/corpus/polnear.dev.jsonl) and scores it as
// ../shared/eval/score.mjs does. `--half` keeps the odd or even document indexes; `--split` also scores both
// halves, so a rule's gain can be checked on two disjoint samples (a guard against fitting the dev set).
import { writeFileSync } from 'node:fs';
import { dumpMisses } from './eval/dump-misses';
import { predict, readJsonl } from './eval/predict';
import { score, type GoldDoc, type Outcome, type PredDoc, type Scores } from './eval/score';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv.includes('--help')) {
  console.log(
    'npm run eval -- [--corpus PATH] [--half odd|even] [--split] [--dump-misses FILE] [--pred-out FILE] [--json]',
  );
  process.exit(0);
}

const HALVES = { even: 0, odd: 1 } as const;
type Half = keyof typeof HALVES;
function inHalf<T>(items: readonly T[], half: Half): T[] {
  return items.filter((_, i) => i % 2 === HALVES[half]);
}

const corpusPath = option('--corpus') ?? '../shared/corpus/polnear.dev.jsonl';
const halfArg = option('--half');
if (halfArg !== undefined && !(halfArg in HALVES))
  throw new Error(`--half must be odd or even, not ${halfArg}`);
const allDocs = readJsonl<GoldDoc>(corpusPath);
const docs = halfArg ? inHalf(allDocs, halfArg as Half) : allDocs;
const started = performance.now();
const preds = predict(docs);
const ms = performance.now() - started;
const predOut = option('--pred-out');
if (predOut) writeFileSync(predOut, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
const outcomes: Outcome[] = [];
const res = score(docs, preds, (o) => outcomes.push(o));
const missesPath = option('--dump-misses');
if (missesPath) dumpMisses(missesPath, docs, outcomes);

function halves(): Record<Half, Scores> {
  const of = (h: Half): Scores => score(inHalf(docs, h), inHalf<PredDoc>(preds, h));
  return { even: of('even'), odd: of('odd') };
}
const split = process.argv.includes('--split') ? halves() : undefined;

if (process.argv.includes('--json')) console.log(JSON.stringify(split ? { ...res, halves: split } : res));
else {
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  console.log(`corpus: ${corpusPath}${halfArg ? ` (${halfArg} half)` : ''}`);
  for (const [k, v] of Object.entries(res))
    console.log(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`);
  if (split)
    for (const [h, s] of Object.entries(split))
      console.log(
        `${h} half: F1 ${s.statementF1} (P ${s.statementP} R ${s.statementR}) strict ${s.strictF1} ` +
          `speaker ${s.speakerAcc} attribution ${s.attributionF1} recall ${JSON.stringify(s.recallByKind)}`,
      );
  console.log(`analyze: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms (${(mb / (ms / 1000)).toFixed(2)} MB/s)`);
  if (missesPath) console.log(`misses written to ${missesPath}`);
}
