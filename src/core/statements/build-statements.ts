// Final statements: ids in text order, kind from the quotation marks (or a transcript's turn), speaker and
// outlet attached.
import { outletPrefix, findOutlet } from '../outlets/find-outlet';
import type { Speaker, Statement } from '../types';
import type { Draft } from './draft';

const MARK = /["“”«»„]|''/;
/** How sure a statement is, by the step that found it: a cue verb or "according to" names the act of
 * saying; a colon or a passive is weaker; a quote with no cue of its own only continues a speaker. */
const CONFIDENCE: Readonly<Record<Draft['via'], number>> = {
  verb: 0.9,
  according: 0.9,
  passive: 0.8,
  colon: 0.7,
  float: 0.6,
};
/** A continuing quote inherits its speaker less surely than the statement that named them. */
const CONTINUATION_FACTOR = 0.8;

export function buildStatements(
  text: string,
  drafts: readonly Draft[],
  speakers: readonly (Speaker | null)[],
): Statement[] {
  return drafts.map((d, i) => {
    const body = text.slice(d.start, d.end);
    const verbatim =
      (/^["“«„'‘]/.test(text[d.start - 1] ?? '') && !MARK.test(body)) || isTurn(text, d, speakers[i]);
    const named = speakers[i] ?? null;
    const speaker =
      named && d.via === 'float'
        ? { ...named, confidence: round(named.confidence * CONTINUATION_FACTOR) }
        : named;
    const outlet =
      findOutlet(text, d, d.context, d.cue) ??
      (speaker?.type === 'organization' ? outletPrefix(speaker.name) : null);
    return {
      id: `s${i + 1}`,
      start: d.start,
      end: d.end,
      text: body,
      kind: verbatim ? 'direct' : MARK.test(body) ? 'mixed' : 'indirect',
      cue: d.cue,
      speaker,
      outlet,
      confidence: CONFIDENCE[d.via],
    };
  });
}

/** Most characters between a line's start and a turn's words ("JAMES WHITLEY: "). */
const MAX_LABEL = 80;

/** A speaker's turn in a transcript below the headline ("DIALLO: Because I knew the people.", "Jim McKelvey:
 * …") is their words as said, marks or none; a headline's "Cruz: Trump Would …" and a section's "Student
 * loans: …" are not. */
function isTurn(text: string, d: Draft, speaker: Speaker | null | undefined): boolean {
  if (d.via !== 'colon') return false;
  // (the label opens its line: looked for no further back than a label reaches, as long texts have many turns)
  const from = Math.max(0, d.start - MAX_LABEL);
  const line = from + text.slice(from, d.start).lastIndexOf('\n');
  if (line < from || line === 0) return false;
  const label = text
    .slice(line + 1, d.start)
    .replace(/:\s*$/, '')
    .trim();
  const name = speaker?.name.toLowerCase() ?? '';
  return (
    (label === label.toUpperCase() && /\p{Lu}{2}/u.test(label)) ||
    (speaker?.type === 'person' && (name === label.toLowerCase() || name.endsWith(` ${label.toLowerCase()}`)))
  );
}

const round = (x: number): number => Math.round(x * 100) / 100;
