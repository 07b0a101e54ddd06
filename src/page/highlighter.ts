// Paints statements without touching the page: one CSS Custom Highlight per speaker colour
// ("sourcelight-speaker-0" … "-7"), a lighter one per colour for the speaker's mention, and one for the
// statement whose card is open. Where the Highlight API is missing, text nodes are wrapped in
// <sourcelight-mark> elements (whole text nodes, Hypothesis-style) and unwrapped again on clear().
import { hitTestRanges, indexRanges, type RangeIndex } from './hit-test';
import { unwrapMarks, wrapRange } from './mark-fallback';
import type { PaintItem, PaintKind } from './paint-item';

/** Colours in the palette (src/content/highlights.css); speakers beyond it share colours. */
const SPEAKER_COLORS = 8;
const HIGHLIGHT_PREFIX = 'sourcelight';

type HighlightMode = 'highlight-api' | 'marks';

export interface Highlighter {
  readonly mode: HighlightMode;
  /** Adds ranges; call repeatedly to paint in chunks. */
  add(items: readonly PaintItem[]): void;
  /** Marks one statement as the one being shown (or none). */
  setActive(id: string | null): void;
  /** The statement painted at a viewport point, if any. */
  statementAt(x: number, y: number, target: EventTarget | null): string | null;
  /** Removes every highlight and mark. */
  clear(): void;
}

/** "sourcelight-speaker-3"; with high contrast "sourcelight-hc-speaker-3" (opaque paint, see highlights.css). */
export function highlightName(kind: PaintKind | 'active', color = 0, highContrast = false): string {
  const prefix = highContrast ? `${HIGHLIGHT_PREFIX}-hc` : HIGHLIGHT_PREFIX;
  if (kind === 'active') return `${prefix}-active`;
  return `${prefix}-${kind === 'statement' ? 'speaker' : 'mention'}-${color % SPEAKER_COLORS}`;
}

export interface HighlighterOptions {
  /** For tests and for browsers whose Highlight API is broken. */
  readonly forceMarks?: boolean;
  /** Opaque colours and strong underlines (the user's high-contrast setting). */
  readonly highContrast?: boolean;
}

interface HighlightApi {
  readonly registry: HighlightRegistry;
  readonly create: (...ranges: AbstractRange[]) => Highlight;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const create = view?.Highlight;
  if (!registry || typeof create !== 'function') return null;
  return { registry, create: (...ranges) => new create(...ranges) };
}

function createApiHighlighter(doc: Document, api: HighlightApi, highContrast: boolean): Highlighter {
  const owners = new Map<Range, string>();
  const byStatement = new Map<string, Range[]>();
  const used = new Map<string, Highlight>();
  // Built on the first click after a paint, dropped when the paint changes.
  let index: RangeIndex | null = null;
  const highlightFor = (name: string, priority: number): Highlight => {
    let highlight = used.get(name);
    if (!highlight) {
      highlight = api.create();
      highlight.priority = priority;
      api.registry.set(name, highlight);
      used.set(name, highlight);
    }
    return highlight;
  };
  return {
    mode: 'highlight-api',
    add(items) {
      index = null;
      for (const item of items) {
        // Statements above mentions, the open card's statement above all.
        highlightFor(
          highlightName(item.kind, item.color, highContrast),
          item.kind === 'statement' ? 1 : 0,
        ).add(item.range);
        owners.set(item.range, item.id);
        if (item.kind === 'statement')
          byStatement.set(item.id, [...(byStatement.get(item.id) ?? []), item.range]);
      }
    },
    setActive(id) {
      const active = highlightFor(highlightName('active', 0, highContrast), 2);
      active.clear();
      for (const range of id ? (byStatement.get(id) ?? []) : []) active.add(range);
    },
    statementAt(x, y) {
      index ??= indexRanges(owners.keys());
      const range = hitTestRanges(doc, x, y, index);
      return range ? (owners.get(range) ?? null) : null;
    },
    clear() {
      for (const [name, highlight] of used) {
        if (api.registry.get(name) === highlight) api.registry.delete(name);
      }
      used.clear();
      owners.clear();
      index = null;
      byStatement.clear();
    },
  };
}

function createMarkHighlighter(doc: Document, highContrast: boolean): Highlighter {
  const owners = new WeakMap<Element, string>();
  const marks: Element[] = [];
  const splits: Text[] = [];
  let active: string | null = null;
  return {
    mode: 'marks',
    add(items) {
      for (const item of items) {
        for (const mark of wrapRange(doc, item.range, item.kind, item.color % SPEAKER_COLORS, splits)) {
          if (highContrast) mark.setAttribute('data-contrast', 'high');
          owners.set(mark, item.id);
          marks.push(mark);
        }
      }
    },
    setActive(id) {
      active = id;
      for (const mark of marks)
        mark.toggleAttribute('data-active', active !== null && owners.get(mark) === active);
    },
    statementAt(_x, _y, target) {
      const mark = target instanceof Element ? target.closest('sourcelight-mark') : null;
      return mark ? (owners.get(mark) ?? null) : null;
    },
    clear() {
      unwrapMarks(marks.splice(0), splits.splice(0));
    },
  };
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const api = options.forceMarks ? null : highlightApi(doc);
  const highContrast = options.highContrast ?? false;
  return api ? createApiHighlighter(doc, api, highContrast) : createMarkHighlighter(doc, highContrast);
}
