// `npm run eval [-- --corpus PATH] [--half odd|even] [--split] [--dump-misses FILE] [--pred-out FILE] [--json]`:
// runs analyze over the labelled corpora (default: both of ../shared/corpus/, PolNeAR and GGT) and scores each
// as ../shared/eval/score.mjs does. `--half` keeps the odd or even document indexes; `--split` also scores both
// halves, so a rule's gain can be checked on two disjoint samples (a guard against fitting the dev set).
// With several corpora, --dump-misses and --pred-out get the corpus name inserted before the extension.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
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

const DEFAULT_CORPORA = ['../shared/corpus/polnear.dev.jsonl', '../shared/corpus/ggt.dev.jsonl'];
const corpusArg = option('--corpus');
const corpora = corpusArg ? [corpusArg] : DEFAULT_CORPORA;
const halfArg = option('--half');
if (halfArg !== undefined && !(halfArg in HALVES))
  throw new Error(`--half must be odd or even, not ${halfArg}`);
const asJson = process.argv.includes('--json');

/** "misses.txt" → "misses.ggt.txt" when more than one corpus is scored. */
function perCorpus(path: string | undefined, corpus: string): string | undefined {
  if (!path || corpora.length === 1) return path;
  const tag = basename(corpus).split('.')[0] ?? 'corpus';
  const dot = path.lastIndexOf('.');
  return dot > 0 ? `${path.slice(0, dot)}.${tag}${path.slice(dot)}` : `${path}.${tag}`;
}

function evaluate(corpusPath: string): Scores & { halves?: Record<Half, Scores> } {
  const allDocs = readJsonl<GoldDoc>(corpusPath);
  const docs = halfArg ? inHalf(allDocs, halfArg as Half) : allDocs;
  const started = performance.now();
  const preds = predict(docs);
  const ms = performance.now() - started;
  const predOut = perCorpus(option('--pred-out'), corpusPath);
  if (predOut) writeFileSync(predOut, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const outcomes: Outcome[] = [];
  const res = score(docs, preds, (o) => outcomes.push(o));
  const missesPath = perCorpus(option('--dump-misses'), corpusPath);
  if (missesPath) dumpMisses(missesPath, docs, outcomes);
  const split = process.argv.includes('--split')
    ? {
        even: score(inHalf(docs, 'even'), inHalf<PredDoc>(preds, 'even')),
        odd: score(inHalf(docs, 'odd'), inHalf<PredDoc>(preds, 'odd')),
      }
    : undefined;
  if (asJson) return split ? { ...res, halves: split } : res;
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
  console.log('');
  return res;
}

const results = Object.fromEntries(corpora.map((c) => [basename(c, '.jsonl'), evaluate(c)]));
if (asJson) console.log(JSON.stringify(corpora.length === 1 ? Object.values(results)[0] : results));
