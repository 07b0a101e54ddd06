// The anchor stage: spans → ranges for each statement and its speaker's mention (spots, page/spot.ts: no
// live Range until the highlighter registers one), with the quote selector kept for re-anchoring; chunked
// for long articles. A refresh passes the ranges it had: one whose text nodes the change left alone is at
// the same DOM position and is reused as it is (the same object), so the paint keeps its highlight; only
// the changed region gets new ranges. A refresh anchors twice in one text (its statements re-anchored at
// once, then the analysis): the second time, a statement at the same spans takes the first one's ranges
// and selector without looking anything up. A huge article's next show (analyze-in-sections.ts) comes with
// the statements shown before, the same objects in the same text: their entries are taken over as they
// are, and only the new statements are anchored.
import type { Span, Statement } from '../core/types';
import { Spot } from '../page/spot';
import { spanPoints, type TextMap } from '../page/text-map';
import { speakerColors } from '../shared/speaker-colors';
import { AnchoredEntry } from './anchored-entry';
import type { AnchoredStatement } from './page-analysis';
import type { StageClock } from './stage';

/** The previous ranges by start node, taken at most once each. */
type RangePool = Map<Node, AbstractRange[]>;

/** The text map each list of entries was anchored in (one key per anchoring: a key per entry, thousands a
 * second on a live page, weighs on every full garbage collection). */
const anchoredIn = new WeakMap<readonly AnchoredStatement[], TextMap>();

/** Whether two statements sit at the same spans (the quote's and the mention's). */
function sameSpans(a: Statement, b: Statement): boolean {
  const [one, two] = [a.speaker?.mention, b.speaker?.mention];
  return a.start === b.start && a.end === b.end && one?.start === two?.start && one?.end === two?.end;
}

/** The previous entries anchored in this text, by their spans, else every previous range by its start node. */
async function previousOf(
  inThisText: boolean,
  previous: readonly AnchoredStatement[],
  clock: StageClock,
): Promise<{ sameText: Map<number, AnchoredStatement>; pool: RangePool }> {
  // By start: two statements rarely start at one offset, and a number key makes no string per statement.
  const sameText = new Map<number, AnchoredStatement>();
  const pool: RangePool = new Map();
  await clock.chunked(previous, (entry) => {
    // In the same text a statement that moved has no range to take over: only the same spans do.
    if (inThisText) return void sameText.set(entry.statement.start, entry);
    for (const old of [entry.range, entry.mentionRange]) {
      if (!old || old.collapsed) continue;
      const atNode = pool.get(old.startContainer);
      if (atNode) atNode.push(old);
      else pool.set(old.startContainer, [old]);
    }
  });
  return { sameText, pool };
}

/**
 * A previous range at exactly the span's position, else a new spot (or none when the span maps to
 * nothing): no live Range until the highlighter needs one (spot.ts).
 */
function rangeAt(map: TextMap, span: Span, pool: RangePool): AbstractRange | null {
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
  return kept ?? new Spot(points);
}

/**
 * How many of `statements` lead with the very statements `previous` anchored in `map`: a huge article's
 * next show, which anchors again all it found so far. Their colours are the same too (by first
 * appearance: speakerColors). Without this each of a 5 MB article's 11 shows went over every statement
 * again, new entries each time (anchor stage 336 ms in Chromium, 1,210 ms in Firefox, summed).
 */
function unchangedLead(
  map: TextMap,
  statements: readonly Statement[],
  previous: readonly AnchoredStatement[],
): number {
  if (anchoredIn.get(previous) !== map) return 0;
  const most = Math.min(statements.length, previous.length);
  let lead = 0;
  while (lead < most && previous[lead]!.statement === statements[lead]) lead++;
  return lead;
}

export async function anchorStatements(
  map: TextMap,
  statements: readonly Statement[],
  clock: StageClock,
  previous: readonly AnchoredStatement[] = [],
): Promise<AnchoredStatement[]> {
  // A task of its own unless what ran before it in this task (a last chunk, the background's answer)
  // was short: the two would otherwise add up to one long task.
  await clock.yieldIfDue();
  const colorOf = speakerColors(statements);
  const lead = unchangedLead(map, statements, previous);
  const inThisText = anchoredIn.get(previous) === map;
  const { sameText, pool } = await previousOf(inThisText, previous.slice(lead), clock);
  const anchored: AnchoredStatement[] = previous.slice(0, lead);
  await clock.chunked(statements.slice(lead), (statement) => {
    const color = colorOf(statement.speaker);
    const before = sameText.get(statement.start);
    const same = before && sameSpans(before.statement, statement) ? before : undefined;
    if (same) sameText.delete(statement.start);
    const mention = statement.speaker?.mention ?? null;
    // A statement at the same spans in the same text keeps its ranges (and so its selector).
    const entry = same
      ? new AnchoredEntry(statement, map.text, same.range, same.mentionRange, color)
      : new AnchoredEntry(
          statement,
          map.text,
          rangeAt(map, statement, pool),
          mention ? rangeAt(map, mention, pool) : null,
          color,
        );
    anchored.push(entry);
  });
  anchoredIn.set(anchored, map);
  return anchored;
}
