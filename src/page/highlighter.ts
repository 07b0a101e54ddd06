// Paints statements without touching the page: one CSS Custom Highlight per speaker colour
// ("<prefix>-speaker-0" … "-11"), a lighter one per colour for the speaker's mention, and one for the
// statement whose card is open. The prefix is "sourcelight-" and random letters, new for each highlighter,
// and the names say nothing of the user's settings: their paint comes from highlight-css.ts, for this
// prefix only. Where the Highlight API is missing, text nodes are wrapped in <sourcelight-mark> elements
// (whole text nodes, Hypothesis-style: mark-highlighter.ts) and unwrapped again on clear().
import { highlightApi, isPainted, keepWanted, PaintedBook } from './highlight-api';
import type { HighlightApi, PaintedRange } from './highlight-api';
import { hitTestRanges, indexRanges, type RangeIndex } from './hit-test';
import { createMarkHighlighter } from './mark-highlighter';
import type { PaintItem } from './paint-item';
import { randomHighlightPrefix } from './highlight-css';
import { createPaintWindow, type PaintWindow } from './paint-window';
import { highlightName, highlightNames } from './highlight-names';
import { registrar, type FocusState } from './highlight-registrar';
import { liveRange } from './spot';

export { highlightName };

type HighlightMode = 'highlight-api' | 'marks';

export interface Highlighter {
  readonly mode: HighlightMode;
  /** What every highlight name starts with: the stylesheet is written for it (highlight-css.ts). */
  readonly prefix: string;
  /** Adds ranges; call repeatedly to paint in chunks. */
  add(items: readonly PaintItem[]): void;
  /** Marks one statement as the one being shown (or none). */
  setActive(id: string | null): void;
  /** Dims every statement not in `ids` (one speaker's, say); null undims all. Nothing is removed. */
  setFocus(ids: ReadonlySet<string> | null): void;
  /** The statement painted at a viewport point, if any. */
  statementAt(x: number, y: number, target: EventTarget | null): string | null;
  /** Removes every highlight and mark. */
  clear(): void;
  /**
   * Highlight API only: keeps the painted ranges that `items` asks for as painted (a refresh's reused
   * ranges), removes the others; returns the items still to add.
   */
  readonly reconcile?: (items: readonly PaintItem[]) => readonly PaintItem[];
}

export interface HighlighterOptions {
  /** For tests and for browsers whose Highlight API is broken. */
  readonly forceMarks?: boolean;
  /** The names' prefix (tests); random by default. */
  readonly prefix?: string;
  /**
   * Runs just before ranges that came near the view are registered, in that task: past the window's
   * limit the first highlights come at the first look-up, a frame after the paint, and what has to
   * change the page with them (the keyboard link) changes it in their frame. On a 5 MB article each
   * frame after a change to the DOM or to the highlights repaints the whole document (30-40 ms in
   * Chromium). Not run for what add() registers itself: the paint stage has the page's link follow.
   */
  readonly beforeShowInView?: () => void;
}

/**
 * Highlighter.reconcile on the book of what is painted: the items still to add, and what is kept when
 * anything was taken out or renumbered (else null: nothing changed).
 */
function reconcilePainted(
  book: PaintedBook,
  items: readonly PaintItem[],
  used: ReadonlyMap<string, Highlight>,
  inView: PaintWindow,
): { fresh: readonly PaintItem[]; kept: PaintedRange[] | null } {
  // A huge article shows what it found after every few sections: all that is painted comes first,
  // as it was. Told without a lookup table of tens of thousands of ranges.
  const painted = book.entries;
  if (painted.length <= items.length && painted.every((entry, i) => isPainted(entry, items[i]!)))
    return { fresh: items.slice(painted.length), kept: null };
  const kept = keepWanted(painted, new Map(items.map((item) => [item.range, item])), used);
  const keptRanges = new Set(kept.map((entry) => entry.range));
  const fresh = items.filter((item) => !keptRanges.has(item.range));
  // A live page's refresh mostly wants again exactly what is painted (same entries, same ids).
  if (kept.length === painted.length && kept.every((entry, i) => entry === painted[i]))
    return { fresh, kept: null };
  const gone = new Set(painted.filter((entry) => !keptRanges.has(entry.range)));
  for (const entry of gone) inView.forget(entry);
  // Renumbered statements (one was added or removed before them) are booked again from scratch.
  if (kept.every((entry) => book.byRange.get(entry.range) === entry)) book.remove(gone);
  else book.reset(kept);
  return { fresh, kept };
}

/** Whether `highlight` holds exactly `ranges` (distinct). */
const sameRanges = (highlight: Highlight, ranges: readonly Range[]): boolean =>
  highlight.size === ranges.length && ranges.every((range) => highlight.has(range));

/**
 * Puts exactly `wanted` in the active highlight `name`. Any change to a registered highlight, an empty
 * one's clear() too, repaints the whole document in Chromium (30 ms a frame on a 5 MB article), and each
 * show of a huge article's sections sets the active statement again: unchanged, nothing is touched.
 */
function showActive(
  used: ReadonlyMap<string, Highlight>,
  highlightFor: (name: string, priority: number) => Highlight,
  name: string,
  wanted: readonly Range[],
): void {
  const current = used.get(name);
  if (current ? sameRanges(current, wanted) : wanted.length === 0) return;
  const active = highlightFor(name, 2);
  active.clear();
  for (const range of wanted) active.add(range);
}

/** Books a painted item under its highlight's name; the window registers it now or when it comes near. */
function record(book: PaintedBook, inView: PaintWindow, item: PaintItem, name: string): void {
  // `ends` from the start, set or not: the paint window fills it in, and every entry keeps one shape.
  const entry = { id: item.id, range: item.range, name, kind: item.kind, color: item.color, ends: undefined };
  book.record(entry);
  inView.add(entry);
}

function createApiHighlighter(
  doc: Document,
  api: HighlightApi,
  prefix: string,
  beforeShowInView: () => void,
): Highlighter {
  const used = new Map<string, Highlight>();
  const book = new PaintedBook();
  const state: FocusState = { focus: null, active: null };
  // Built on the first click after a paint, dropped when the paint changes.
  let index: RangeIndex | null = null;
  let adding = false;
  const paint = registrar(api, prefix, used, state, () => adding || beforeShowInView());
  const inView = createPaintWindow(doc, book, paint.show, paint.hide);
  const nameOf = highlightNames(prefix);
  return {
    mode: 'highlight-api',
    prefix,
    add(items) {
      index = null;
      adding = true;
      for (const item of items) record(book, inView, item, nameOf(item.kind, item.color));
      adding = false;
    },
    reconcile(items) {
      const { fresh, kept } = reconcilePainted(book, items, used, inView);
      inView.expect(items.length);
      if (!kept) return fresh;
      index = null;
      // A kept range's statement id may have moved, in or out of the speaker in focus.
      if (state.focus !== null) kept.filter(inView.shows).forEach(paint.paintFocused);
      return fresh;
    },
    setActive(id) {
      state.active = id;
      // The open card's statement gets its live Ranges now, wherever it is.
      const wanted = (id ? book.statementRanges(id) : []).map(liveRange).filter((r) => r !== null);
      showActive(used, paint.highlightFor, highlightName(prefix, 'active'), wanted);
    },
    setFocus(ids) {
      state.focus = ids;
      for (const item of book.entries) if (inView.shows(item)) paint.paintFocused(item);
    },
    statementAt(x, y) {
      index ??= indexRanges(book.byRange.keys());
      const range = hitTestRanges(doc, x, y, index);
      return range ? (book.byRange.get(range)?.id ?? null) : null;
    },
    clear() {
      index = null;
      inView.clear();
      for (const [name, highlight] of used)
        if (api.registry.get(name) === highlight) api.registry.delete(name);
      used.clear();
      book.reset();
    },
  };
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const api = options.forceMarks ? null : highlightApi(doc);
  const prefix = options.prefix ?? randomHighlightPrefix();
  return api
    ? createApiHighlighter(doc, api, prefix, options.beforeShowInView ?? (() => undefined))
    : createMarkHighlighter(doc, prefix);
}
