// Opens, steps and closes the statement card; one card at a time, tied to the active highlight.
import { openCard, type Card, type CardLabels, type CardScheme } from '../page/card';
import type { Highlighter } from '../page/highlighter';
import { continuesEarlier, identityOf } from '../shared/speaker-identity';
import type { AnchoredStatement, PageAnalysis } from './analyze-page';

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
    // One entity however it was named ("Meghan", "the duchess", a resolved "she"): step by its id.
    const identity = identityOf(entry.statement.speaker);
    const sameSpeaker = entries.filter((other) => identityOf(other.statement.speaker) === identity);
    const index = sameSpeaker.indexOf(entry);
    close();
    if (scroll)
      entry.range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    activeId = id;
    highlighter.setActive(id);
    const go = (offset: number) => () => {
      const target = sameSpeaker[index + offset];
      if (target) open(target.statement.id, true);
    };
    card = openCard(
      doc,
      entry.range,
      {
        statement: entry.statement,
        publisher: analysis.analysis.article.publisher,
        index: index + 1,
        count: sameSpeaker.length,
        continued: continuesEarlier(entry.statement, analysis.analysis.statements),
      },
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
      const next =
        at < 0
          ? direction === 1
            ? 0
            : entries.length - 1
          : (at + direction + entries.length) % entries.length;
      return open(entries[next]!.statement.id, true);
    },
    close,
  };
}
