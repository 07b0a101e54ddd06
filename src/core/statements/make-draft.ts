// The one place a Draft is assembled, so every statement step (cue verbs, "according to", colons,
// passives, questions, report nouns, floating quotes) returns the same shape from the same parts.
import type { Sentence } from '../sentences/split-sentences';
import type { Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import type { Cue, Span } from '../types';
import type { Draft, SpeakerPhrase } from './draft';
import { tokenAt } from '../text/token-window';
import { nounPhraseOf } from './noun-phrase-of';

/** How a statement was found: the cue, the phrase naming its speaker, and the step that found it. */
export interface DraftSource {
  readonly cue: Cue | null;
  readonly phrase: SpeakerPhrase | null;
  readonly via: Draft['via'];
}

/** A draft for the content `span` of sentence `s`; the whole sentence is the context
 * where its outlet is sought. */
export function makeDraft(span: Span, s: Sentence, source: DraftSource): Draft {
  return {
    start: span.start,
    end: span.end,
    cue: source.cue,
    phrase: source.phrase && nounPhraseOf(s, source.phrase),
    paragraph: s.paragraph,
    via: source.via,
    context: { start: s.start, end: s.end },
  };
}

/** The cue covering tokens `first`…`last` ("said", "according to", "spoke about"), as written. */
export function tokenCue(text: string, toks: readonly Token[], first: number, last: number): Cue {
  const start = tokenAt(toks, first).start;
  const end = tokenAt(toks, last).end;
  return { start, end, text: text.slice(start, end) };
}

/** The speaker phrase over a token phrase exactly as scanned (phraseSpan also drops a leading "the"). */
export function tokenPhrase(toks: readonly Token[], p: Phrase): SpeakerPhrase {
  return { start: tokenAt(toks, p.first).start, end: tokenAt(toks, p.last).end, kind: p.kind };
}
