// Registering a painted range in the highlights it belongs in (its speaker's or the dim one, the overline
// past the palette's end, the open card's) and taking it out of all of them: what the highlighter's
// paint window calls as ranges come near the view or go.
import {
  highlightMaker,
  moveByFocus,
  unregister,
  type HighlightApi,
  type PaintedRange,
} from './highlight-api';
import { highlightName } from './highlight-names';
import { colorSlot } from '../shared/speaker-colors';
import { liveRange } from './spot';

/** Registers and unregisters painted ranges in their highlights (speaker or dim, overline, active). */
export function registrar(
  api: HighlightApi,
  prefix: string,
  used: Map<string, Highlight>,
  state: FocusState,
  beforeShow: () => void,
) {
  const highlightFor = highlightMaker(api, used);
  const dimName = highlightName(prefix, 'dim');
  const dim = { name: dimName, make: () => highlightFor(dimName, 1) };
  const paintFocused = (item: PaintedRange): void =>
    moveByFocus(item, state.focus !== null && !state.focus.has(item.id), used, dim);
  return {
    highlightFor,
    paintFocused,
    show(entry: PaintedRange): void {
      // A spot's live Range is made here, when it comes near the view, and goes in hide().
      const range = liveRange(entry.range);
      if (!range) return;
      beforeShow();
      // Statements above mentions, the open card's statement above all.
      highlightFor(entry.name, entry.kind === 'statement' ? 1 : 0);
      // Past the palette's end the hue repeats; an overline makes the pattern differ.
      if (entry.kind === 'statement' && colorSlot(entry.color).round > 0)
        highlightFor(`${prefix}-later`, 1).add(range);
      if (entry.id === state.active) highlightFor(highlightName(prefix, 'active'), 2).add(range);
      paintFocused(entry);
    },
    hide: (entry: PaintedRange): void => unregister(entry.range, used),
  };
}

export interface FocusState {
  focus: ReadonlySet<string> | null;
  active: string | null;
}
