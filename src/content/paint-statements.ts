// The paint stage: registers the highlights of the statements shown, in chunks (big pages have hundreds
// of ranges). Where the highlighter can reconcile (the Highlight API), what is painted already and
// wanted again stays as it is: a refresh that reused its ranges adds and removes only what changed. The
// items are gathered in chunks and the reconcile (one pass over what is painted) runs in a task of its
// own unless the task so far was short, so that a live page's refresh of thousands of statements is no
// long task. A huge article's next show leads with the very entries painted last time: their items are
// taken over as they were (the highlighter's reconcile sees them painted), only the new ones are made.
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { AnchoredStatement } from './page-analysis';
import { FIRST_BATCH, nextBatchSize } from './paint-batch';
import type { StageClock } from './stage';

export interface PaintOptions {
  /** Also paint statements that have no speaker. */
  readonly showUnattributed: boolean;
}

/** The last paint each highlighter was given: its entries, the items made of them, and for which option. */
interface LastPaint {
  readonly anchored: readonly AnchoredStatement[];
  readonly items: readonly PaintItem[];
  readonly showUnattributed: boolean;
}
const lastPaints = new WeakMap<Highlighter, LastPaint>();

/** The items of `anchored`'s leading entries that `last` painted (none when the option or an entry changed). */
function itemsTakenOver(last: LastPaint | undefined, anchored: readonly AnchoredStatement[], options: PaintOptions) {
  if (!last || last.showUnattributed !== options.showUnattributed || last.anchored.length > anchored.length)
    return { entries: 0, items: [] };
  for (const [i, entry] of last.anchored.entries()) if (anchored[i] !== entry) return { entries: 0, items: [] };
  return { entries: last.anchored.length, items: last.items };
} // prettier-ignore

export async function paintStatements(
  highlighter: Highlighter,
  anchored: readonly AnchoredStatement[],
  options: PaintOptions,
  clock: StageClock,
): Promise<void> {
  await clock.yieldIfDue();
  const takenOver = itemsTakenOver(lastPaints.get(highlighter), anchored, options);
  const items: PaintItem[] = [...takenOver.items];
  await clock.chunked(anchored.slice(takenOver.entries), (entry) => {
    if (!options.showUnattributed && entry.statement.speaker === null) return;
    const { statement, color } = entry;
    if (entry.range) items.push({ id: statement.id, range: entry.range, color, kind: 'statement' });
    if (entry.mentionRange)
      items.push({ id: statement.id, range: entry.mentionRange, color, kind: 'mention' });
  });
  lastPaints.set(highlighter, { anchored, items, showUnattributed: options.showUnattributed });
  let fresh: readonly PaintItem[] = items;
  if (highlighter.reconcile) {
    await clock.yieldIfDue();
    // No pause between taking out and adding: the page would show the changed passages unpainted.
    fresh = highlighter.reconcile(items);
  }
  await addInBatches(highlighter, fresh, clock);
}

/** Hands `items` to the highlighter in batches sized by what the last one cost (paint-batch.ts). */
async function addInBatches(highlighter: Highlighter, items: readonly PaintItem[], clock: StageClock) {
  let size = FIRST_BATCH;
  let batch: PaintItem[] = [];
  const flush = (): void => {
    const start = performance.now();
    highlighter.add(batch);
    size = nextBatchSize(size, performance.now() - start);
    batch = [];
  };
  await clock.chunked(items, (item) => {
    batch.push(item);
    if (batch.length >= size) flush();
  });
  if (batch.length > 0) flush();
}
