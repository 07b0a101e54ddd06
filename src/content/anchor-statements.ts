// The anchor stage: spans → Ranges for each statement and its speaker's mention, with the quote selector
// kept for re-anchoring; chunked for long articles.
import type { Statement } from '../core/types';
import { describeSpan } from '../page/anchor';
import { spanToRange, type TextMap } from '../page/text-map';
import { speakerColors } from '../shared/speaker-colors';
import type { AnchoredStatement } from './page-analysis';
import type { StageClock } from './stage';

export async function anchorStatements(
  map: TextMap,
  statements: readonly Statement[],
  clock: StageClock,
): Promise<AnchoredStatement[]> {
  const colorOf = speakerColors(statements);
  const anchored: AnchoredStatement[] = [];
  await clock.chunked(statements, (statement) => {
    const mention = statement.speaker?.mention ?? null;
    anchored.push({
      statement,
      quote: describeSpan(map.text, statement),
      range: spanToRange(map, statement),
      mentionRange: mention ? spanToRange(map, mention) : null,
      color: colorOf(statement.speaker),
    });
  });
  return anchored;
}
