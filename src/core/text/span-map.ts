// Values keyed by a span's start and end: numbers looked up, not a "start:end" string built and hashed
// for every lookup.
import type { Span } from '../types';

export class SpanMap<V> {
  private readonly byStart = new Map<number, Map<number, V>>();

  get({ start, end }: Span): V | undefined {
    return this.byStart.get(start)?.get(end);
  }

  set({ start, end }: Span, value: V): void {
    const byEnd = this.byStart.get(start);
    if (byEnd) byEnd.set(end, value);
    else this.byStart.set(start, new Map([[end, value]]));
  }
}
