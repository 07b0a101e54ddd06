// The highlighter where the Highlight API is missing: text nodes are wrapped in <sourcelight-mark>
// elements (whole text nodes, Hypothesis-style) and unwrapped again on clear().
import type { Highlighter } from './highlighter';
import { unwrapMarks, wrapRange } from './mark-fallback';
import { liveRange } from './spot';
import { colorSlot } from '../shared/speaker-colors';

export function createMarkHighlighter(doc: Document, prefix: string): Highlighter {
  const owners = new WeakMap<Element, string>();
  const marks: Element[] = [];
  const splits: Text[] = [];
  let active: string | null = null;
  let focus: ReadonlySet<string> | null = null;
  const dim = (mark: Element): void => {
    const id = owners.get(mark);
    mark.toggleAttribute('data-dim', focus !== null && id !== undefined && !focus.has(id));
  };
  return {
    mode: 'marks',
    prefix,
    add(items) {
      for (const item of items) {
        const { hue, round } = colorSlot(item.color);
        // Every range is wrapped at once here: marks need the live Range of each.
        const range = liveRange(item.range);
        for (const mark of range ? wrapRange(doc, range, item.kind, hue, splits) : []) {
          if (round > 0) mark.setAttribute('data-later', '');
          owners.set(mark, item.id);
          marks.push(mark);
          dim(mark);
        }
      }
    },
    setActive(id) {
      active = id;
      for (const mark of marks)
        mark.toggleAttribute('data-active', active !== null && owners.get(mark) === active);
    },
    setFocus(ids) {
      focus = ids;
      for (const mark of marks) dim(mark);
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
