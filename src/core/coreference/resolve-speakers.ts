// Turns drafts into statements with typed, resolved speakers.
import type { Sentence } from '../sentences/split-sentences';
import type { Draft } from '../statements/draft';
import type { Statement } from '../types';

export function resolveSpeakers(
  text: string,
  _sentences: readonly Sentence[],
  drafts: readonly Draft[],
): Statement[] {
  return drafts.map((d, i) => {
    const quoted = /["“”«»„]|''/.test(text.slice(d.start, d.end));
    const direct = quoted && /^["“«„']/.test(text[d.start - 1] ?? '');
    return {
      id: `s${i + 1}`,
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: direct ? 'direct' : quoted ? 'mixed' : 'indirect',
      cue: d.cue,
      speaker: d.phrase && {
        name: text.slice(d.phrase.start, d.phrase.end),
        type: 'unknown',
        role: null,
        mention: { start: d.phrase.start, end: d.phrase.end, text: text.slice(d.phrase.start, d.phrase.end) },
      },
      outlet: null,
    };
  });
}
