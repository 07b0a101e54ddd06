// Quotations with no cue of their own. A quote that opens its paragraph or follows a statement in the
// same paragraph continues the previous speaker (newspaper convention); other quotes stay unattributed.
import type { Quote } from '../quotes/find-quotes';
import type { Sentence } from '../sentences/split-sentences';
import { isTitleCase, trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';
import { makeDraft, tokenPhrase } from './make-draft';
import { phraseBefore } from '../speakers/speaker-phrase';
import { itemAt } from '../text/item-at';
import { subjectBefore } from './subject-before';
import { cueForm } from '../cues/find-cues';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { tokenAt } from '../text/token-window';
import { firstTokenFrom } from '../text/token-index';

/** Fewer words are scare quotes or names ("so-called “experts”"). */
const MIN_QUOTE_WORDS = 4;
/** A quote nobody is known to have said must be longer to count (GGT uses 6 tokens). */
const MIN_UNATTRIBUTED_WORDS = 6;
/** How many paragraphs back a speaker carries over to a cue-less quote. */
const MAX_PARAGRAPH_GAP = 1;
/** Drafts before a quote that may still reach into it (a sentence yields only a few). */
const COVER_LOOKBACK = 8;

export function floatingQuotes(
  text: string,
  sentences: readonly Sentence[],
  drafts: readonly Draft[],
  firstInParagraph: (q: Quote) => boolean,
): Draft[] {
  const out: Draft[] = [];
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  let d = 0;
  let prev: Draft | null = null;
  sentences.forEach((s, si) => {
    for (const q of s.quotes) {
      while (d < sorted.length && itemAt(sorted, d).start < q.start) prev = itemAt(sorted, d++);
      let covered = false;
      for (let k = d - 1; k >= 0 && k >= d - COVER_LOOKBACK; k--)
        covered ||= itemAt(sorted, k).end > q.inner.start;
      covered ||= d < sorted.length && itemAt(sorted, d).start < q.inner.end;
      if (covered) continue;
      const span = trimContent(text, q, s);
      const carries =
        prev !== null &&
        q.paragraph - prev.paragraph <= MAX_PARAGRAPH_GAP &&
        (prev.paragraph === q.paragraph || firstInParagraph(q));
      // "“…,” the mayor said. “We are proud.”": a whole sentence quoted right after its speaker's statement
      const minWords =
        carries && prev?.paragraph === q.paragraph && wholeSentence(text, q, s) ? 2 : MIN_QUOTE_WORDS;
      if (!span || wordCount(text, span) < minWords || isTitleCase(text.slice(span.start, span.end)))
        continue;
      // Otherwise a statement later in the same paragraph ("“…” Then: “…,” he said.") names the speaker.
      const nextInParagraph = sorted[d];
      const later =
        nextInParagraph?.paragraph === q.paragraph && nextInParagraph.phrase ? nextInParagraph : null;
      // "“We were caught off guard. ⏎ “Now we have nowhere to go,” said Maria Costa": a quote left open at its
      // paragraph's end goes on in the quote opening the next, whose speaker says both
      const goesOn = q.unclosed ? continuedIn(text, q, nextInParagraph ?? sorted[d]) : null;
      // ("Doug Purdy, who lost 16 lbs. “and two belt loops” since May, says …": quoted inside the subject of a
      // cue further on, the words are that speaker's)
      const subject = later?.phrase && later.phrase.start >= s.start && later.phrase.start < q.start;
      const from: Draft | null = goesOn ?? (subject ? later : carries ? prev : later);
      const opening = q.start === s.start ? subjectBefore(sentences, si, prev?.end ?? 0) : null;
      const trailing = carries && prev ? pronounAfter(sentences, si, prev.end) : null;
      const phrase =
        opening ?? trailing ?? namedBeforeColon(s, q) ?? from?.phrase ?? shortQuoteSpeaker(sentences, si, q);
      if (!phrase && wordCount(text, span) < MIN_UNATTRIBUTED_WORDS) continue;
      const draft = makeDraft(span, s, { cue: null, phrase, via: 'float' });
      out.push(draft);
      prev = draft.phrase ? draft : prev;
    }
  });
  return out;
}

/** The statement continuing quote q in the next paragraph: it has a speaker and opens that paragraph with
 * the same mark ("…"-style block quotes of another text open on a straight mark, speech on a curly one). */
function continuedIn(text: string, q: Quote, next: Draft | undefined): Draft | null {
  if (!next?.phrase || next.paragraph !== q.paragraph + 1) return null;
  const gap = text.slice(q.end, next.start);
  const mark = text.charAt(q.start);
  return gap.trim() === mark ? next : null;
}

/** "… doesn’t surprise pollster Daron Shaw: “…”": a name closing the words before the quote's colon. */
function namedBeforeColon(s: Sentence, q: Quote): SpeakerPhrase | null {
  const toks = s.tokens;
  const k = firstTokenFrom(toks, q.start);
  if (k < 2 || tokenAt(toks, k - 1).text !== ':') return null;
  const p = phraseBefore(toks, k - 2, 0);
  // the name ends a clause ("… surprise pollster Daron Shaw:"), not a label line ("Gerald Seib, The Journal:")
  const inClause = p !== null && toks[p.first - 1]?.word === true && !tokenAt(toks, p.first - 1).cap;
  return p?.kind === 'proper' && p.last > p.first && inClause ? tokenPhrase(toks, p) : null;
}

/** The quote is its own sentence, ending on its own stop ("“We are proud.”"). */
const wholeSentence = (text: string, q: Quote, s: Sentence): boolean =>
  q.start === s.start && /[.!?][”"’']*$/.test(text.slice(q.start, q.end));

/** "… “most people don’t know,” she said. “We have no context …”": the pronoun of a cue right after the
 * previous statement (which that statement's own rule did not need) is the nearest mention of who goes on. */
function pronounAfter(sentences: readonly Sentence[], si: number, end: number): SpeakerPhrase | null {
  let i = si;
  while (i > 0 && itemAt(sentences, i).start > end) i--;
  const toks = itemAt(sentences, i).tokens;
  let k = firstTokenFrom(toks, end);
  while (k >= 0 && k < toks.length && !tokenAt(toks, k).word) k++;
  const t = toks[k];
  if (k < 0 || !t || !(t.lower in SPEAKER_PRONOUNS) || !cueForm(toks[k + 1]?.lower ?? '')) return null;
  return { start: t.start, end: t.end, kind: 'pronoun' };
}

/** "“Yes,” she said. “I have the data.”": the speaker of a quote too short to be a statement, said in the
 * sentence just before, goes on in the quote opening the next one in the same paragraph. */
function shortQuoteSpeaker(sentences: readonly Sentence[], si: number, q: Quote): SpeakerPhrase | null {
  const ps = sentences[si - 1];
  const short = ps?.quotes[0];
  if (!ps || !short || q.start !== itemAt(sentences, si).start || short.start !== ps.start) return null;
  if (short.paragraph !== q.paragraph || ps.quotes.length > 1) return null;
  const toks = ps.tokens;
  const from = firstTokenFrom(toks, short.end);
  const cue = toks.findIndex((t, k) => k > from && cueForm(t.lower) !== undefined);
  const p = cue > from ? phraseBefore(toks, cue - 1, from) : null;
  return p && p.first >= from ? tokenPhrase(toks, p) : null;
}
