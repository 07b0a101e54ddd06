// The paint stage: registers the highlights of the statements shown, in chunks (big pages have hundreds
// of ranges). Where the highlighter can reconcile (the Highlight API), what is painted already and
// wanted again stays as it is: a refresh that reused its ranges adds and removes only what changed.
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { AnchoredStatement } from './page-analysis';
import type { StageClock } from './stage';

export interface PaintOptions {
  /** Also paint statements that have no speaker. */
  readonly showUnattributed: boolean;
}

function paintItems(entry: AnchoredStatement): PaintItem[] {
  const items: PaintItem[] = [];
  const { id } = entry.statement;
  if (entry.range) items.push({ id, range: entry.range, color: entry.color, kind: 'statement' });
  if (entry.mentionRange) items.push({ id, range: entry.mentionRange, color: entry.color, kind: 'mention' });
  return items;
}

export async function paintStatements(
  highlighter: Highlighter,
  anchored: readonly AnchoredStatement[],
  options: PaintOptions,
  clock: StageClock,
): Promise<void> {
  const shown = anchored.filter((entry) => options.showUnattributed || entry.statement.speaker !== null);
  const items = shown.flatMap(paintItems);
  const kept = highlighter.reconcile?.(new Map(items.map((item) => [item.range, item])));
  const fresh = kept ? items.filter((item) => !kept.has(item.range)) : items;
  await clock.chunked(fresh, (item) => highlighter.add([item]));
}
