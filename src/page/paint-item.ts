// What the highlighter paints: a statement's range or its speaker's mention, in the speaker's colour.
// Its own module because both ways of painting (highlighter.ts, mark-fallback.ts) read it.

export type PaintKind = 'statement' | 'mention';

export interface PaintItem {
  /** The statement this range belongs to: what a click on it opens. */
  readonly id: string;
  /** A spot (spot.ts) or a Range: the highlighter makes the live Range only when it registers it. */
  readonly range: AbstractRange;
  readonly color: number;
  readonly kind: PaintKind;
}
