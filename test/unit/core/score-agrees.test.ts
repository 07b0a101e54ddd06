// Our TypeScript scorer must give exactly the reference scorer's numbers on the same predictions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predict, readJsonl } from '../../../scripts/eval/predict';
import { score, type GoldDoc } from '../../../scripts/eval/score';

// GGT judges resolved names (speakerEntity), PolNeAR mention spans: each corpus exercises its own rules.
const CORPORA = ['../shared/corpus/polnear.dev.jsonl', '../shared/corpus/ggt.dev.jsonl'];
const REFERENCE = '../shared/eval/score.mjs';
/** A slice keeps the test quick; the scorer is per-document, so any slice exercises every rule. */
const SAMPLE_DOCS = 80;
const present = CORPORA.every((c) => existsSync(c)) && existsSync(REFERENCE);
if (!present) console.warn(`score-agrees: the corpora or ${REFERENCE} absent, skipping`);

describe.skipIf(!present)('scripts/eval/score.ts agrees with score.mjs', () => {
  it.each(CORPORA)('gives the same figures on the same predictions (%s)', (gold) => {
    const docs = readJsonl<GoldDoc>(gold).slice(0, SAMPLE_DOCS);
    const preds = predict(docs);
    const dir = mkdtempSync(join(tmpdir(), 'score-agrees-'));
    writeFileSync(join(dir, 'gold.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
    writeFileSync(join(dir, 'pred.jsonl'), preds.map((d) => JSON.stringify(d)).join('\n'));
    const ref = JSON.parse(
      execFileSync('node', [REFERENCE, join(dir, 'gold.jsonl'), join(dir, 'pred.jsonl'), '--json'], {
        encoding: 'utf8',
      }),
    );
    const ours = score(docs, preds);
    expect(ours.tp).toBeGreaterThan(0);
    expect(ours).toEqual(ref);
  });
});
