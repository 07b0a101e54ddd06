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
import { startsBefore } from '../page/spot';
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { BackgroundMessage } from '../shared/messages';
import { passageBook, type Passage } from './passage-book';

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

/** The first passage in reading order among those starting in `elements`. */
function firstOf(elements: readonly Element[], passagesOf: ReadonlyMap<Element, Passage[]>): Passage | null {
  let first: Passage | null = null;
  for (const element of elements) {
    for (const passage of passagesOf.get(element) ?? []) {
      if (!first || startsBefore(passage.range, first.range)) first = passage;
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
      const keptCount = items.length - fresh.length;
      // `fresh` is in `items`' order: with its ends at the end of `items`, it is all that comes after the kept.
      const tail = fresh.length === 0 || (fresh[0] === items[keptCount] && fresh.at(-1) === items.at(-1));
      if (tail && book.holdsExactly(items, keptCount)) return;
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
