// The cue-verb records are the one place a verb's behaviour is written: sorted, one record per verb, and
// every sense they name is one a filter reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_VERB_RECORDS } from '../../../../src/core/lexicon/cue-verbs';

const lemmas = CUE_VERB_RECORDS.map((v) => v.lemma);
const filters = [
  'reports-nothing.ts',
  'not-a-verb.ts',
  'recalls-goods.ts',
  'removes-someone.ts',
  'strikes-bodily.ts',
  'cites-a-source.ts',
]
  .map((file) => readFileSync(new URL(`../../../../src/core/cues/${file}`, import.meta.url), 'utf8'))
  .join('\n');

describe('cue-verb records', () => {
  it('are sorted by lemma with no lemma twice', () => {
    expect(lemmas).toEqual([...lemmas].sort());
    expect(new Set(lemmas).size).toBe(lemmas.length);
  });

  it.each(CUE_VERB_RECORDS.filter((v) => v.forms).map((v) => [v.lemma, v.forms!] as const))(
    '%s lists its irregular forms as 3sg, past, participle, -ing',
    (lemma, forms) => {
      expect(forms[0]).toMatch(/s$/);
      expect(forms[3]).toMatch(/ing$/);
      expect(forms[0].startsWith(lemma.slice(0, 2))).toBe(true);
    },
  );

  it('name only senses that a filter (reports-nothing.ts, not-a-verb.ts, recalls-goods.ts, removes-someone.ts, strikes-bodily.ts, cites-a-source.ts) reads', () => {
    const senses = new Set(CUE_VERB_RECORDS.flatMap((v) => v.nonReport ?? []));
    for (const sense of senses) expect(filters, sense).toContain(`hasNonReportSense(hit.lemma, '${sense}')`);
  });

  it('give particles only to verbs that need or take them', () => {
    for (const v of CUE_VERB_RECORDS.filter((r) => r.needsParticle))
      expect(v.particles?.length, v.lemma).toBeGreaterThan(0);
  });
});
