// The anchor stage: spans → Ranges for each statement and its speaker's mention, with the quote selector
// kept for re-anchoring; chunked for long articles. A refresh passes the ranges it had: one whose text
// nodes the change left alone is at the same DOM position and is reused as it is (the same Range), so
// the paint keeps its highlight; only the changed region gets new ranges.
import type { Span, Statement } from '../core/types';
import { describeSpan } from '../page/anchor';
import { rangeOfPoints, spanPoints, type TextMap } from '../page/text-map';
import { speakerColors } from '../shared/speaker-colors';
import type { AnchoredStatement } from './page-analysis';
import type { StageClock } from './stage';

/** The previous ranges by start node, taken at most once each. */
type RangePool = Map<Node, Range[]>;

function rangePool(previous: readonly AnchoredStatement[]): RangePool {
  const pool: RangePool = new Map();
  for (const { range, mentionRange } of previous) {
    for (const old of [range, mentionRange]) {
      if (old && !old.collapsed) pool.set(old.startContainer, [...(pool.get(old.startContainer) ?? []), old]);
    }
  }
  return pool;
}

/** A previous range at exactly the span's position, else a new one (or none when the span maps to nothing). */
function rangeAt(map: TextMap, span: Span, pool: RangePool): Range | null {
  const points = spanPoints(map, span);
  if (!points) return null;
  const candidates = pool.get(points.startNode) ?? [];
  const at = candidates.findIndex(
    (old) =>
      old.startOffset === points.startOffset &&
      old.endContainer === points.endNode &&
      old.endOffset === points.endOffset,
  );
  const kept = at < 0 ? undefined : candidates.splice(at, 1)[0];
  return kept ?? rangeOfPoints(map.root.ownerDocument, points);
}

export async function anchorStatements(
  map: TextMap,
  statements: readonly Statement[],
  clock: StageClock,
  previous: readonly AnchoredStatement[] = [],
): Promise<AnchoredStatement[]> {
  const colorOf = speakerColors(statements);
  const pool = rangePool(previous);
  const anchored: AnchoredStatement[] = [];
  await clock.chunked(statements, (statement) => {
    const mention = statement.speaker?.mention ?? null;
    anchored.push({
      statement,
      quote: describeSpan(map.text, statement),
      range: rangeAt(map, statement, pool),
      mentionRange: mention ? rangeAt(map, mention, pool) : null,
      color: colorOf(statement.speaker),
    });
  });
  return anchored;
}
