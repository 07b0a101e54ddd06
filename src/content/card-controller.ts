// Opens, steps and closes the statement card; one card at a time, tied to the active highlight.
import { openCard, type Card, type CardContent, type CardLabels, type CardScheme } from '../page/card';
import type { Highlighter } from '../page/highlighter';
import { continuesEarlier, identityOf } from '../shared/speaker-identity';
import type { AnchoredStatement, PageAnalysis } from './page-analysis';

export interface CardController {
  /** Opens the card of a statement (scrolling to it first when asked); false when it is not on the page. */
  open(id: string, scroll: boolean): boolean;
  /** Opens the next (+1) or previous (-1) statement's card, wrapping around. */
  step(direction: 1 | -1): boolean;
  close(): void;
}

function onPage(current: PageAnalysis | null): AnchoredStatement[] {
  return current ? current.anchored.filter((entry) => entry.range !== null) : [];
}

/** The entry `direction` steps from the one at `at` (none: the first or the last), wrapping around. */
function stepIndex(at: number, direction: 1 | -1, count: number): number {
  if (at < 0) return direction === 1 ? 0 : count - 1;
  return (at + direction + count) % count;
}

/** One entity however it was named ("Meghan", "the duchess", a resolved "she"): stepped through by its id. */
function sameSpeaker(entries: readonly AnchoredStatement[], entry: AnchoredStatement): AnchoredStatement[] {
  const identity = identityOf(entry.statement.speaker);
  return entries.filter((other) => identityOf(other.statement.speaker) === identity);
}

/** What the card says of `entry`, the `index`-th of its speaker's `count` statements on the page. */
function cardContent(
  entry: AnchoredStatement,
  analysis: PageAnalysis,
  index: number,
  count: number,
): CardContent {
  return {
    statement: entry.statement,
    publisher: analysis.analysis.article.publisher,
    index: index + 1,
    count,
    continued: continuesEarlier(entry.statement, analysis.analysis.statements),
  };
}

export function createCardController(
  doc: Document,
  highlighter: Highlighter,
  labels: CardLabels,
  current: () => PageAnalysis | null,
  scheme: () => CardScheme,
): CardController {
  let card: Card | null = null;
  let activeId: string | null = null;

  const close = (): void => {
    card?.close();
    card = null;
    activeId = null;
    highlighter.setActive(null);
  };

  const open = (id: string, scroll: boolean): boolean => {
    const analysis = current();
    const entries = onPage(analysis);
    const entry = entries.find((candidate) => candidate.statement.id === id);
    if (!analysis || !entry?.range) return false;
    const siblings = sameSpeaker(entries, entry);
    const index = siblings.indexOf(entry);
    close();
    if (scroll)
      entry.range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    activeId = id;
    highlighter.setActive(id);
    const go = (offset: number) => () => {
      const target = siblings[index + offset];
      if (target) open(target.statement.id, true);
    };
    card = openCard(
      doc,
      entry.range,
      cardContent(entry, analysis, index, siblings.length),
      { onPrevious: go(-1), onNext: go(1), onClose: close },
      labels,
      scheme(),
    );
    return true;
  };

  return {
    open,
    step(direction) {
      const entries = onPage(current());
      if (entries.length === 0) return false;
      const at = entries.findIndex((entry) => entry.statement.id === activeId);
      const next = entries[stepIndex(at, direction, entries.length)];
      return next ? open(next.statement.id, true) : false;
    },
    close,
  };
}
