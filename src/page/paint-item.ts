// What the highlighter paints: a statement's range or its speaker's mention, in the speaker's colour.
// Its own module because both ways of painting (highlighter.ts, mark-fallback.ts) read it.

export type PaintKind = 'statement' | 'mention';

export interface PaintItem {
  /** The statement this range belongs to: what a click on it opens. */
  readonly id: string;
  readonly range: Range;
  readonly color: number;
  readonly kind: PaintKind;
}
