// Final statements: ids in text order, kind from the quotation marks, speaker and outlet attached.
import { outletPrefix, findOutlet } from '../outlets/find-outlet';
import type { Speaker, Statement } from '../types';
import type { Draft } from './draft';

const MARK = /["“”«»„]|''/;

export function buildStatements(
  text: string,
  drafts: readonly Draft[],
  speakers: readonly (Speaker | null)[],
): Statement[] {
  return drafts.map((d, i) => {
    const body = text.slice(d.start, d.end);
    const wrapped = /^["“«„'‘]/.test(text[d.start - 1] ?? '') && !MARK.test(body);
    const speaker = speakers[i] ?? null;
    const outlet =
      findOutlet(text, d, d.context, d.cue) ??
      (speaker?.type === 'organization' ? outletPrefix(speaker.name) : null);
    return {
      id: `s${i + 1}`,
      start: d.start,
      end: d.end,
      text: body,
      kind: wrapped ? 'direct' : MARK.test(body) ? 'mixed' : 'indirect',
      cue: d.cue,
      speaker,
      outlet,
    };
  });
}
