// Runs the engine over a gold corpus and shapes its output as score.mjs predictions.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import type { GoldDoc, PredDoc } from './score';

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

export function predict(docs: readonly GoldDoc[]): PredDoc[] {
  return docs.map((doc) => ({
    id: doc.id,
    statements: analyze(doc.text).statements.map((s) => ({
      start: s.start,
      end: s.end,
      speaker: s.speaker && {
        name: s.speaker.name,
        mention: s.speaker.mention && { start: s.speaker.mention.start, end: s.speaker.mention.end },
      },
    })),
  }));
}
