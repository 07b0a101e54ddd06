// Report nouns with a that-clause: "allegations that he beat his ex-wife", "Trump's claim that Obama
// founded ISIS". The clause is what was claimed; a possessive name before the noun is who claimed it.
import { insideQuote } from '../cues/find-cues';
import type { Sentence } from '../sentences/split-sentences';
import { properBack } from '../speakers/speaker-phrase';
import { CLOSE_MARKS, contentEnd } from './content-end';
import { trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';

/** Nouns that carry what someone claimed, promised or warned when a "that" follows. */
const REPORT_NOUNS = new Set(
  'claim claims allegation allegations accusation accusations assertion assertions warning warnings promise promises pledge pledges vow vows suggestion suggestions insistence denial denials complaint complaints charge charges argument arguments assurance assurances prediction predictions'.split(
    ' ',
  ),
);
/** Words after "that" that make it a relative pronoun ("the claim that was made"), not a clause opener. */
const RELATIVE_NEXT = /^(was|were|is|are|has|have|had|will|would|could|can|he|she|they|it|i|we|you)$/;
/** Fewest words in the claimed clause. */
const MIN_WORDS = 3;
const NONE: ReadonlySet<number> = new Set();

export function nounStatements(text: string, s: Sentence, sentence: number): Draft[] {
  const toks = s.tokens;
  const out: Draft[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (!REPORT_NOUNS.has(t.lower) || toks[i + 1]!.lower !== 'that' || insideQuote(s, t.start)) continue;
    // "the claims that he made": a pronoun subject right after "that" reads as a relative clause too often
    if (RELATIVE_NEXT.test(toks[i + 2]!.lower) && !/^(he|she|they|it|i|we|you)$/.test(toks[i + 2]!.lower))
      continue;
    const end = contentEnd(s, i + 1, NONE, NONE, false);
    const span = trimContent(text, { start: toks[i + 2]!.start, end }, s);
    if (!span || wordCount(text, span) < MIN_WORDS) continue;
    const owner = toks[i - 1];
    let phrase: SpeakerPhrase | null = null;
    if (owner && owner.cap && /[’']s$/.test(owner.lower) && !CLOSE_MARKS.test(owner.text)) {
      const first = properBack(toks, i - 1, 0);
      phrase = { start: toks[first]!.start, end: owner.end - 2, kind: 'proper' };
    }
    out.push({
      start: span.start,
      end: span.end,
      cue: { start: t.start, end: t.end, text: t.text },
      phrase,
      sentence,
      paragraph: s.paragraph,
      via: 'verb',
      context: { start: s.start, end: s.end },
    });
  }
  return out;
}
