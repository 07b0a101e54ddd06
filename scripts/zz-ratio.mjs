import { readFileSync } from 'node:fs';
import nlp from 'compromise';
const { analyze } = await import(process.argv[2]);
const texts = readFileSync('/work/shared/corpus/polnear.dev.jsonl', 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const bytes = (ts) => ts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const step = Math.ceil(bytes(texts) / 600000);
const s = texts.filter((_, i) => i % step === 0);
for (const t of s.slice(0, 20)) { analyze(t); nlp(t); }
const runs = [[], []];
const withNlp = !process.argv.includes('--ours');
for (let r = 0; r < 5; r++) {
  let t0 = performance.now(); for (const t of s) analyze(t); runs[0].push(performance.now() - t0);
  if (withNlp && r < 3) { t0 = performance.now(); for (const t of s) nlp(t); runs[1].push(performance.now() - t0); }
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
const mb = bytes(s) / 1e6;
const o = mb / (med(runs[0]) / 1000), c = withNlp ? mb / (med(runs[1]) / 1000) : NaN;
console.log(`ours ${o.toFixed(2)} MB/s (${runs[0].map(Math.round)}), compromise ${c.toFixed(3)}, ratio ${(o / c).toFixed(1)}x`);
