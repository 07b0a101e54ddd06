// The names of the highlights a highlighter registers: "<prefix>-speaker-3" and the like (see
// highlighter.ts), each made once per prefix.
import type { PaintKind } from './paint-item';
import { colorSlot } from '../shared/speaker-colors';

/** "<prefix>-speaker-3", "<prefix>-mention-3", "<prefix>-active", "<prefix>-dim", "<prefix>-later". */
export function highlightName(prefix: string, kind: PaintKind | 'active' | 'dim', color = 0): string {
  if (kind === 'active') return `${prefix}-active`;
  if (kind === 'dim') return `${prefix}-dim`;
  return `${prefix}-${kind === 'statement' ? 'speaker' : 'mention'}-${colorSlot(color).hue}`;
}

/**
 * highlightName for one prefix, each name made once: one string per painted range was 64,000 names (and
 * 230,000 string parts) on the 5 MB article for the garbage collector to go over, for two dozen names.
 */
export function highlightNames(prefix: string): (kind: PaintKind, color: number) => string {
  const made = { statement: new Map<number, string>(), mention: new Map<number, string>() };
  return (kind, color) => {
    let name = made[kind].get(color);
    if (name === undefined) made[kind].set(color, (name = highlightName(prefix, kind, color)));
    return name;
  };
}
