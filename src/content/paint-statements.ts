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
  await clock.chunked(fresh, (item) => highlighter.add([item]));
}
