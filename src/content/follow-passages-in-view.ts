// The side panel follows the reading: as the reader scrolls, the statement whose passage sits in the
// reading band (the upper part of the viewport, where eyes rest) is told to the panel, which marks it.
// It wraps the page's highlighter, so it watches exactly the statements painted, from the first paint
// to clear(). The elements passages start in are kept in document order and looked up in the band when
// the view moves (page/block-index.ts: a few box reads, where an IntersectionObserver over thousands of
// paragraphs cost every frame of a changing page); the answer goes out at most once per THROTTLE_MS,
// and only when it changed.
// While a card is open (an active highlight) the panel shows the card's statement; once it closes, the
// passage in view again.
import browser from 'webextension-polyfill';
import { createBlockIndex } from '../page/block-index';
import { followView, type ViewFollower } from '../page/follow-view';
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { BackgroundMessage } from '../shared/messages';

/** At most one message per this many ms while the reader scrolls. */
const THROTTLE_MS = 250;
/** The reading band, as parts of the viewport's height from its top: less its top 10 % and bottom 50 %. */
const READING_BAND = { top: 0.1, bottom: 0.5 };

/** Tells an open panel; with none open, nobody listens. */
function tellPanel(id: string): void {
  const message = { type: 'passageInView', payload: { id } } satisfies BackgroundMessage;
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // An orphaned script (the extension reloaded) has no runtime: the page carries on without a panel.
  }
}

interface Passage {
  /** The statement's id: a refresh may renumber a passage it keeps. */
  id: string;
  /** The last refresh that kept it. */
  generation: number;
  readonly range: Range;
  readonly element: Element;
}

/** The first passage in reading order among those starting in `elements`. */
function firstOf(elements: readonly Element[], passagesOf: ReadonlyMap<Element, Passage[]>): Passage | null {
  let first: Passage | null = null;
  for (const element of elements) {
    for (const passage of passagesOf.get(element) ?? []) {
      if (!first || passage.range.compareBoundaryPoints(Range.START_TO_START, first.range) < 0)
        first = passage;
    }
  }
  return first;
}

interface ReadingBand {
  watch(items: readonly PaintItem[]): void;
  /** The passages are `items` less `fresh` now (a refresh kept them, some under new ids): the rest go. */
  rewatch(items: readonly PaintItem[], fresh: readonly PaintItem[]): void;
  /** A card opened (its id) or closed (null). */
  hold(cardId: string | null): void;
  stop(): void;
}

/** The passages painted: by range (a refresh keeps most of them) and by the element each starts in. */
function passageBook() {
  const byRange = new Map<Range, Passage>();
  const byElement = new Map<Element, Passage[]>();
  // Marks the passages a refresh kept, so that the rest go without a lookup table of the kept ones.
  let generation = 0;
  return {
    byElement,
    /** The passage of a statement's range, new (its element too, then `onElement` hears of it) or renumbered. */
    note(id: string, range: Range, onElement: (element: Element) => void): void {
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

function readingBand(tell: (id: string) => void): ReadingBand {
  const book = passageBook();
  const index = createBlockIndex();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let told: string | null = null;
  let held = false;

  const report = (): void => {
    timer = null;
    if (held) return;
    const height = view?.doc.defaultView?.innerHeight ?? 0;
    const inBand = index.within(READING_BAND.top * height, READING_BAND.bottom * height);
    const first = firstOf(inBand, book.byElement);
    if (!first || first.id === told) return;
    told = first.id;
    tell(first.id);
  };
  const later = (): void => void (timer ??= setTimeout(report, THROTTLE_MS));
  // The page's document, from the first passage painted.
  let view: { doc: Document; follower: ViewFollower } | null = null;
  const watch = (items: readonly PaintItem[]): void => {
    for (const { id, range, kind } of items) if (kind === 'statement') book.note(id, range, index.add);
    const doc = items[0]?.range.startContainer.ownerDocument;
    if (doc && !view) view = { doc, follower: followView(doc, later) };
    view?.follower.schedule();
  };
  return {
    watch,
    rewatch(items, fresh) {
      const adding = new Set(fresh);
      book.keepOnly(items.filter((item) => item.kind === 'statement' && !adding.has(item)));
    },
    hold(cardId) {
      // The card's statement is what the panel shows now; once it closes, the passage in view again.
      held = cardId !== null;
      if (held) told = cardId;
      else later();
    },
    stop() {
      view?.follower.stop();
      view = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      book.clear();
      index.clear();
      told = null;
    },
  };
}

/** `inner`, and the reading band watched for whatever it paints. */
export function followPassagesInView(
  inner: Highlighter,
  tell: (id: string) => void = tellPanel,
): Highlighter {
  const band = readingBand(tell);
  const { reconcile } = inner;
  return {
    ...(reconcile && {
      // A refresh keeps what is still painted (ids may have moved): the band watches that, then adds.
      reconcile: (items: readonly PaintItem[]) => {
        const fresh = reconcile(items);
        band.rewatch(items, fresh);
        return fresh;
      },
    }),
    mode: inner.mode,
    prefix: inner.prefix,
    add: (items) => {
      inner.add(items);
      band.watch(items);
    },
    setActive: (id) => {
      band.hold(id);
      inner.setActive(id);
    },
    setFocus: (ids) => inner.setFocus(ids),
    statementAt: (x, y, target) => inner.statementAt(x, y, target),
    clear: () => {
      band.stop();
      inner.clear();
    },
  };
}
