// The passages the reading band follows (follow-passages-in-view.ts): each painted statement's range, by
// range (a refresh keeps most of them) and by the element it starts in (what the band looks up).
import type { PaintItem } from '../page/paint-item';

export interface Passage {
  /** The statement's id: a refresh may renumber a passage it keeps. */
  id: string;
  /** The last refresh that kept it. */
  generation: number;
  readonly range: AbstractRange;
  readonly element: Element;
}

/**
 * The passages painted: by range (a refresh keeps most of them) and by the element each starts in. The map
 * by range grows to 32,000 on the 5 MB article and is rebuilt (Firefox, at 21,845) in the paint batch
 * where the highlighter's, twice its size, is (at 43,690). Tried without it (the passages in paint order,
 * holdsExactly comparing in order, a map made only in keepOnly): no fewer stalls in Firefox (8 against 7
 * over 6 runs of bench-hostile each, paint stage 757 against 797 ms, within the noise), so it stays.
 */
export function passageBook() {
  const byRange = new Map<AbstractRange, Passage>();
  const byElement = new Map<Element, Passage[]>();
  // Marks the passages a refresh kept, so that the rest go without a lookup table of the kept ones.
  let generation = 0;
  return {
    byElement,
    /** The passage of a statement's range, new (its element too, then `onElement` hears of it) or renumbered. */
    note(id: string, range: AbstractRange, onElement: (element: Element) => void): void {
      const known = byRange.get(range);
      if (known) return void (known.id = id);
      const start = range.startContainer;
      const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
      if (!element) return;
      const passage = { id, range, element, generation };
      byRange.set(range, passage);
      const here = byElement.get(element);
      if (here) here.push(passage);
      else {
        byElement.set(element, [passage]);
        onElement(element);
      }
    },
    /**
     * Whether the passages are exactly the statements among the first `count` of `items`, under their
     * ids: a huge article's next show, which keeps all it painted and adds after it. Map reads only: the
     * keepOnly below went over the 35,000 passages of a 5 MB article twice and made two lists of them,
     * a 10-20 ms step in the paint's stretch.
     */
    holdsExactly(items: readonly PaintItem[], count: number): boolean {
      let statements = 0;
      for (let i = 0; i < count; i++) {
        const { kind, range, id } = items[i]!;
        if (kind !== 'statement') continue;
        if (byRange.get(range)?.id !== id) return false;
        statements++;
      }
      return statements === byRange.size;
    },
    /** The passages are those of `kept` now, under their ids; the others are forgotten. */
    keepOnly(kept: readonly PaintItem[]): void {
      generation++;
      for (const { id, range } of kept) {
        const passage = byRange.get(range);
        if (passage) [passage.id, passage.generation] = [id, generation];
      }
      for (const [range, passage] of byRange) {
        if (passage.generation === generation) continue;
        byRange.delete(range);
        const here = byElement.get(passage.element)!;
        here.splice(here.indexOf(passage), 1);
      }
    },
    clear(): void {
      byRange.clear();
      byElement.clear();
    },
  };
}
