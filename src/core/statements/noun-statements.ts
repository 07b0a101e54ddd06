// Report nouns with a that-clause: "allegations that he beat his ex-wife", "Trump's claim that Obama
// founded ISIS". The clause is what was claimed; a possessive name before the noun is who claimed it.
import { outletPrefix } from '../outlets/find-outlet';
import { insideQuote } from '../quotes/in-quote';
import { MAKING_VERBS, REPORT_NOUNS, TOPIC_NOUNS } from '../lexicon/report-nouns';
import type { Sentence } from '../sentences/split-sentences';
import type { Span } from '../types';
import { properBack } from '../speakers/name-words';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore } from '../speakers/speaker-phrase';
import { phraseSpan } from './cue-subject';
import { contentEnd } from './content-end';
import { trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';
import { makeDraft, tokenCue } from './make-draft';
import { isPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import { AFTER_PAST_VERB, TOPIC_PREPS, VERBS_AFTER_RELATIVE } from '../lexicon/statement-words';
import { TIME_ADJUNCT_WORDS } from '../lexicon/adjunct-words';
import { DISTINCT_PAST } from '../lexicon/past-verbs';
import { DETERMINERS, NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';

/** Fewest words in the claimed clause. */
const MIN_WORDS = 3;
/** Shortest topic ("ISIS", "abortion"). */
const MIN_TOPIC_CHARS = 3;
const NONE: ReadonlySet<number> = new Set();

/** Possessive pronouns and the subject pronoun the resolver reads them as. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
/** How far back a possessive may own the noun ("Trump’s disparaging remarks"), in tokens. */
const MAX_OWNER_GAP = 3;

/** "Trump’s …", "his …" within a few words before the noun, or the subject of "made", "raised" …: who
 * made the claim or remark. */
function ownerOf(toks: Sentence['tokens'], i: number): SpeakerPhrase | null {
  for (let k = i - 1; k >= Math.max(0, i - MAX_OWNER_GAP); k--) {
    const t = tokenAt(toks, k);
    if (!t.word) return null;
    if (MAKING_VERBS.has(t.lower)) {
      const p = phraseBefore(toks, skipAuxBack(toks, k - 1, 0), 0);
      return p && p.kind !== 'relative' ? phraseSpan(toks, p) : null;
    }
    if (t.cap && isPossessive(t.lower)) {
      const first = properBack(toks, k, 0);
      return { start: tokenAt(toks, first).start, end: t.end - 2, kind: 'proper' };
    }
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return { start: t.start, end: t.end, kind: 'pronoun' };
  }
  return null;
}

/** Shared by the many sentences without a report noun (no array per sentence on huge inputs). */
const NO_DRAFTS: readonly Draft[] = [];

export function nounStatements(text: string, s: Sentence): readonly Draft[] {
  let out: Draft[] | null = null;
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const span = nounContent(text, s, i);
    if (span) (out ??= []).push(draftAt(text, s, i, span));
  }
  return out ?? NO_DRAFTS;
}

/** What the report noun at token i carries, if it is one. */
function nounContent(text: string, s: Sentence, i: number): Span | null {
  const toks = s.tokens;
  const t = tokenAt(toks, i);
  const next = tokenAt(toks, i + 1).lower;
  if (REPORT_NOUNS.has(t.lower) && next === 'that') {
    // "the claims that he made": "that" before an auxiliary is a relative pronoun
    if (relativeAt(toks, i + 2) || insideQuote(s, t.start)) return null;
    const end = contentEnd(s, i + 1, NONE, NONE, 'any');
    const span = trimContent(text, { start: tokenAt(toks, i + 2).start, end }, s);
    return span && wordCount(text, span) >= MIN_WORDS ? span : null;
  }
  if (!TOPIC_NOUNS.has(t.lower) || !TOPIC_PREPS.has(next) || !ownerOf(toks, i) || insideQuote(s, t.start))
    return null;
  // "her statement on Sunday": when, not what about
  if (TIME_ADJUNCT_WORDS.has(tokenAt(toks, i + 2).lower)) return null;
  // "his comments on CNN", "the remarks on Fox News Sunday": where they were made, not what about
  if (next === 'on' && outletPrefix(text.slice(tokenAt(toks, i + 2).start, s.end))) return null;
  // a topic is a noun phrase: it ends at the first comma as well
  let comma = i + 2;
  while (comma < toks.length && !/^[,;:]$/.test(tokenAt(toks, comma).text)) comma++;
  const end = Math.min(contentEnd(s, i + 1, NONE, NONE, 'noun'), toks[comma]?.start ?? s.end);
  const span = trimContent(text, { start: tokenAt(toks, i + 2).start, end }, s);
  return span && span.end - span.start >= MIN_TOPIC_CHARS ? span : null;
}

/** "the claims that he made", "a closing argument that lasted three hours": "that" is a relative pronoun
 * before an auxiliary or a past verb; a past form before a noun may be its adjective ("the claim that
 * elected officials lie"), so only one before a function word or an adverb counts. */
function relativeAt(toks: Sentence['tokens'], k: number): boolean {
  const verb = tokenAt(toks, k).lower;
  if (VERBS_AFTER_RELATIVE.has(verb) || DISTINCT_PAST.has(verb)) return true;
  const next = toks[k + 1];
  return (
    /\p{Ll}ed$/u.test(verb) &&
    (!next?.word ||
      DETERMINERS.has(next.lower) ||
      NON_DESCRIPTOR_WORDS.has(next.lower) ||
      AFTER_PAST_VERB.has(next.lower) ||
      /^\d|ly$/.test(next.lower))
  );
}

function draftAt(text: string, s: Sentence, i: number, span: Span): Draft {
  const cue = tokenCue(text, s.tokens, i, i);
  return makeDraft(span, s, { cue, phrase: ownerOf(s.tokens, i), via: 'verb' });
}
