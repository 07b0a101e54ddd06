// The paint stage: registers the highlights of the statements shown, in chunks (big pages have hundreds
// of ranges). Where the highlighter can reconcile (the Highlight API), what is painted already and
// wanted again stays as it is: a refresh that reused its ranges adds and removes only what changed. The
// items are gathered in chunks and the reconcile (one pass over what is painted) runs in a task of its
// own unless the task so far was short, so that a live page's refresh of thousands of statements is no
// long task.
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { AnchoredStatement } from './page-analysis';
import type { StageClock } from './stage';

export interface PaintOptions {
  /** Also paint statements that have no speaker. */
  readonly showUnattributed: boolean;
}

export async function paintStatements(
  highlighter: Highlighter,
  anchored: readonly AnchoredStatement[],
  options: PaintOptions,
  clock: StageClock,
): Promise<void> {
  await clock.yieldIfDue();
  const items: PaintItem[] = [];
  await clock.chunked(anchored, (entry) => {
    if (!options.showUnattributed && entry.statement.speaker === null) return;
    const { statement, color } = entry;
    if (entry.range) items.push({ id: statement.id, range: entry.range, color, kind: 'statement' });
    if (entry.mentionRange)
      items.push({ id: statement.id, range: entry.mentionRange, color, kind: 'mention' });
  });
  let fresh: readonly PaintItem[] = items;
  if (highlighter.reconcile) {
    await clock.yieldIfDue();
    // No pause between taking out and adding: the page would show the changed passages unpainted.
    fresh = highlighter.reconcile(items);
  }
  await clock.chunked(batchesOf(fresh, PAINT_BATCH), (batch) => highlighter.add(batch));
}

/**
 * Ranges handed to the highlighter at once. Each call has a fixed cost on top of its ranges (the page
 * watcher's records taken, the reading band's look at the document: calls through wrappers in Firefox),
 * and a batch of this many is well under a millisecond, so the chunks still end on time.
 */
const PAINT_BATCH = 16;

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
