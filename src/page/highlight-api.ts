// The CSS Custom Highlight API as the highlighter uses it: the registry, the highlights it registers by
// name, and the bookkeeping of what is painted (moved to the dim highlight when out of focus, kept or
// removed when a refresh paints again).
import type { PaintItem, PaintKind } from './paint-item';
import type { Watched } from './range-window';
import { currentRange, liveRange, releaseRange } from './spot';

export interface HighlightApi {
  readonly registry: HighlightRegistry;
  readonly create: (...ranges: AbstractRange[]) => Highlight;
}

export function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const create = view?.Highlight;
  if (!registry || typeof create !== 'function') return null;
  return { registry, create: (...ranges) => new create(...ranges) };
}

/** A painted range and the highlight it belongs in when in focus (and where the paint window follows it). */
export interface PaintedRange extends Watched {
  readonly id: string;
  /** A spot or a Range (paint-item.ts): registered as its live Range. */
  readonly range: AbstractRange;
  readonly name: string;
  readonly kind: PaintKind;
  readonly color: number;
}

/** A range out of focus moves from its speaker's highlight to the dim one (made when first needed), and back. */
export function moveByFocus(
  item: PaintedRange,
  dimmed: boolean,
  used: ReadonlyMap<string, Highlight>,
  dim: { readonly name: string; readonly make: () => Highlight },
): void {
  const range = liveRange(item.range);
  if (!range) return;
  used.get(item.name)?.[dimmed ? 'delete' : 'add'](range);
  if (dimmed) dim.make().add(range);
  else used.get(dim.name)?.delete(range);
}

/** Gets (registering it the first time) the highlight of a name; `used` keeps what clear() removes. */
export function highlightMaker(api: HighlightApi, used: Map<string, Highlight>) {
  return (name: string, priority: number): Highlight => {
    let highlight = used.get(name);
    if (!highlight) {
      highlight = api.create();
      highlight.priority = priority;
      api.registry.set(name, highlight);
      used.set(name, highlight);
    }
    return highlight;
  };
}

/** Whether `item` asks for `entry` exactly as it is painted. */
export const isPainted = (entry: PaintedRange, item: PaintItem): boolean =>
  entry.range === item.range &&
  entry.id === item.id &&
  entry.kind === item.kind &&
  entry.color === item.color;

/**
 * The painted ranges that `wanted` asks for again (the same Range, kind and colour; the statement id may
 * have moved and is updated); every other one is taken out of every highlight. A refresh that reuses
 * its ranges then changes the highlights only where the page changed: each change makes the browser
 * revalidate every highlighted range, so repainting 4,000 ranges a second was the cost of a live page.
 */
export function keepWanted(
  painted: readonly PaintedRange[],
  wanted: ReadonlyMap<AbstractRange, PaintItem>,
  used: ReadonlyMap<string, Highlight>,
): PaintedRange[] {
  const kept: PaintedRange[] = [];
  for (const entry of painted) {
    const want = wanted.get(entry.range);
    if (want && want.kind === entry.kind && want.color === entry.color) {
      kept.push(want.id === entry.id ? entry : { ...entry, id: want.id });
      continue;
    }
    unregister(entry.range, used);
  }
  return kept;
}

/** Takes `range`'s live Range out of every highlight, and lets it go (a spot's). */
export function unregister(range: AbstractRange, used: ReadonlyMap<string, Highlight>): void {
  const live = currentRange(range);
  if (live) for (const highlight of used.values()) highlight.delete(live);
  releaseRange(range);
}

/**
 * What is painted: the ranges in order, and each range's entry (its statement: clicks). No more maps
 * than this one: a map's table is rebuilt as it grows (in Firefox at 21,845, 43,690, 87,381 entries),
 * maps keyed alike grow past those sizes in the same paint batch, and three maps at 43,690 took 13-15 ms
 * there in one step. A statement's ranges (the open card's) are found by going over the entries at a click
 * (64,000: 0.3 ms warm in Node); a map by statement grew, and was rebuilt, in the same paint batches.
 * One map instead of three (with the range window's, range-window.ts): the article's paint stage 969 ->
 * ~820 ms in Firefox and 681 -> ~490 ms in Chromium (medians, 20 and 8 runs each), its longest paint
 * stretch 27 -> 25 and 62 -> 34 ms, but Firefox's stalls over 50 ms no fewer (1.9 a run either way: most
 * overlap none of Sourcelight's stretches; with the pass off, none).
 * Segmented maps (lists of 8,192- or 21,000-entry Maps, so that no rebuild copies more than one) took those
 * steps out of the paint batches but made the article's paint stage 18-34 % longer in Firefox (a look-up
 * that misses asks every segment) with no fewer stalls of the page (bench-hostile, 4-10 runs each).
 */
export class PaintedBook {
  readonly entries: PaintedRange[] = [];
  readonly byRange = new Map<AbstractRange, PaintedRange>();

  record(entry: PaintedRange): void {
    this.entries.push(entry);
    this.byRange.set(entry.range, entry);
  }

  /** The ranges of statement `id`'s statement entries, in order. */
  statementRanges(id: string): AbstractRange[] {
    const ranges: AbstractRange[] = [];
    for (const entry of this.entries)
      if (entry.id === id && entry.kind === 'statement') ranges.push(entry.range);
    return ranges;
  }

  /** `entries` are painted no more (fewer steps than a reset when few go, as on a live page's edit). */
  remove(entries: ReadonlySet<PaintedRange>): void {
    if (entries.size === 0) return;
    const kept = this.entries.filter((entry) => !entries.has(entry));
    this.entries.length = 0;
    this.entries.push(...kept);
    for (const { range } of entries) this.byRange.delete(range);
  }

  /** Starts over with `entries` (none: nothing is painted). */
  reset(entries: readonly PaintedRange[] = []): void {
    this.entries.length = 0;
    this.byRange.clear();
    for (const entry of entries) this.record(entry);
  }
}
