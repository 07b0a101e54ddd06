// The CSS Custom Highlight API for jsdom (which has none): a registry on `CSS.highlights` and a Highlight
// that counts every call that would make the browser repaint, for the highlighter's tests.
import { afterEach, beforeEach } from 'vitest';

/** Counts add, delete of a held range and clear: in Chromium each repaints every highlighted range. */
export class FakeHighlight extends Set<AbstractRange> {
  static changes = 0;
  priority = 0;
  override add(range: AbstractRange) {
    FakeHighlight.changes += 1;
    return super.add(range);
  }
  override delete(range: AbstractRange) {
    if (this.has(range)) FakeHighlight.changes += 1;
    return super.delete(range);
  }
  override clear() {
    FakeHighlight.changes += 1;
    super.clear();
  }
}

/** Installs a fresh registry and FakeHighlight before each test, and takes them away after; returns the
 * current registry. */
export function useFakeHighlights(): () => Map<string, FakeHighlight> {
  let registry = new Map<string, FakeHighlight>();
  beforeEach(() => {
    registry = new Map();
    FakeHighlight.changes = 0;
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  });
  afterEach(() => {
    delete (window as { Highlight?: unknown }).Highlight;
    delete (window as { CSS?: unknown }).CSS;
  });
  return () => registry;
}
