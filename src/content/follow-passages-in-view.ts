// The side panel follows the reading: as the reader scrolls, the statement whose passage sits in the
// reading band (the upper part of the viewport, where eyes rest) is told to the panel, which marks it.
// It wraps the page's highlighter, so it watches exactly the statements painted, from the first paint
// to clear(). An IntersectionObserver watches the element each passage starts in (no layout reads of
// ours while scrolling); the answer goes out at most once per THROTTLE_MS, and only when it changed.
// While a card is open (an active highlight) the panel shows the card's statement; once it closes, the
// passage in view again.
import browser from 'webextension-polyfill';
import type { Highlighter } from '../page/highlighter';
import type { PaintItem } from '../page/paint-item';
import type { BackgroundMessage } from '../shared/messages';

/** At most one message per this many ms while the reader scrolls. */
const THROTTLE_MS = 250;
/** The reading band: the viewport less its top 10 % and bottom 50 %. */
const READING_BAND = '-10% 0px -50% 0px';

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
  readonly id: string;
  readonly range: Range;
  readonly element: Element;
}

/** The first passage in reading order among those whose element is in the band. */
function firstInBand(passages: ReadonlyMap<string, Passage>, inBand: ReadonlySet<Element>): Passage | null {
  let first: Passage | null = null;
  for (const passage of passages.values()) {
    if (!inBand.has(passage.element)) continue;
    if (!first || passage.range.compareBoundaryPoints(Range.START_TO_START, first.range) < 0) first = passage;
  }
  return first;
}

interface ReadingBand {
  watch(items: readonly PaintItem[]): void;
  /** The passages are these now (a refresh kept them): elements already watched stay watched. */
  rewatch(items: readonly PaintItem[]): void;
  /** A card opened (its id) or closed (null). */
  hold(cardId: string | null): void;
  stop(): void;
}

function readingBand(tell: (id: string) => void): ReadingBand {
  const passages = new Map<string, Passage>();
  const inBand = new Set<Element>();
  // Observed once each: a live page's refresh every second would otherwise observe them all anew.
  const observed = new Set<Element>();
  let observer: IntersectionObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let told: string | null = null;
  let held = false;

  const report = (): void => {
    timer = null;
    const first = held ? null : firstInBand(passages, inBand);
    if (!first || first.id === told) return;
    told = first.id;
    tell(first.id);
  };
  const onChange = (changes: readonly IntersectionObserverEntry[]): void => {
    for (const change of changes)
      if (change.isIntersecting) inBand.add(change.target);
      else inBand.delete(change.target);
    timer ??= setTimeout(report, THROTTLE_MS);
  };
  return {
    watch(items) {
      if (typeof IntersectionObserver !== 'function') return;
      observer ??= new IntersectionObserver(onChange, { rootMargin: READING_BAND });
      for (const { id, range, kind } of items) {
        const start = range.startContainer;
        const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
        if (kind !== 'statement' || !element || passages.has(id)) continue;
        passages.set(id, { id, range, element });
        if (!observed.has(element)) observer.observe(element);
        observed.add(element);
      }
    },
    rewatch(items) {
      passages.clear();
      this.watch(items);
    },
    hold(cardId) {
      // The card's statement is what the panel shows now; once it closes, the passage in view again.
      held = cardId !== null;
      if (held) told = cardId;
      else timer ??= setTimeout(report, THROTTLE_MS);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      passages.clear();
      inBand.clear();
      observed.clear();
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
      reconcile: (wanted: ReadonlyMap<Range, PaintItem>) => {
        const kept = reconcile(wanted);
        band.rewatch([...kept].flatMap((range) => wanted.get(range) ?? []));
        return kept;
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
