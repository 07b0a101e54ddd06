// What may sit between a cue and its content without being said: "that", the addressee of "told",
// and channel or time adjuncts ("in a statement", "on Monday", "in an interview with the BBC").
import {
  CUE_ADJUNCT_PREPS,
  THAT_PERIODS,
  TIME_ADJUNCT_WORDS,
  TIME_MODIFIERS,
} from '../lexicon/adjunct-words';
import { CHANNEL_NOUNS, MEANS_NOUNS, QUESTION_NOUNS } from '../lexicon/cue-nouns';
import { NOUN_PHRASE_CUE_VERBS, TELL_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { quoteAfterAside } from './quote-after-aside';
import { addressee, titleEnd } from './addressee';
import { ADJUNCT_MODIFIERS, PRONOUN_THAT_NEXT, RELATIVE_CLAUSE_VERBS } from '../lexicon/after-cue-words';
import { WEEKDAYS } from '../lexicon/calendar';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import { isAdverb } from '../speakers/skip-aux-back';
import { afterChannelParticiple } from './channel-participle';

/** Longest adjunct we skip, in tokens ("in an interview with the Wall Street Journal on Monday"). */
const MAX_ADJUNCT = 9;
/** Longest addressee of "told" before its "that" ("conservative radio host Hugh Hewitt on Wednesday"). */
const MAX_TELL_OBJECT = 12;

export interface AfterCue {
  /** First token of the content. */
  readonly index: number;
  readonly hasThat: boolean;
  /** Token span of the addressee or the "interview with X" object, for outlets. */
  readonly object: readonly [number, number] | null;
}

function isAdjunctWord(t: Token): boolean {
  return (
    t.word &&
    (t.cap ||
      TIME_ADJUNCT_WORDS.has(t.lower) ||
      CHANNEL_NOUNS.has(t.lower) ||
      ADJUNCT_MODIFIERS.has(t.lower) ||
      // an adjective before the channel noun ("in a tearful Instagram post", "in a regulatory filing")
      /^[a-z]{3,}(ful|al|ive|ous|ic|ory)$/.test(t.lower) ||
      /^\d+$/.test(t.lower))
  );
}

/** The "and" inside a name ("with the Securities and Exchange Commission"). */
const nameAnd = (tokens: readonly Token[], m: number): boolean =>
  tokenAt(tokens, m).lower === 'and' && tokenAt(tokens, m - 1).cap && tokens[m + 1]?.cap === true;

/** "said that night." or "in his victory speech that night.": a demonstrative "that", not a clause's (but
 * "said that night was the worst" opens one). */
const periodThat = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'that' && THAT_PERIODS.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 2]?.word;

/** Words right after "that" that make it a relative ("said in the interview that aired …"). */
const opensRelative = (word: string): boolean => RELATIVE_CLAUSE_VERBS.has(word) || word.endsWith('ed');

/** "said at an event in Colorado Springs that …": a prepositional adjunct runs from k up to "that" at m. */
function opensAdjunct(tokens: readonly Token[], k: number, m: number, lemma: string): boolean {
  return (
    // "quoted as saying by local media that …"; but "an estimate by the committee projected that …"
    (CUE_ADJUNCT_PREPS.has(tokenAt(tokens, k).lower) ||
      (tokenAt(tokens, k).lower === 'by' && lemma === 'say')) &&
    // "wrote for The Informer that …" is an adjunct; "apologized for his claim that …" names the object
    (tokenAt(tokens, k).lower !== 'for' || tokens[k + 1]?.cap === true || tokens[k + 1]?.lower === 'the') &&
    m > k + 1 &&
    !tokens.slice(k, m).some((t) => t.text === ',') &&
    !opensRelative(tokens[m + 1]?.lower ?? '')
  );
}

/** Most lowercase words of the one a channel was with, before the content's "that". */
const MAX_WITH_WORDS = 4;

/** The "that" within a few plain words from k ("state regulators that"), or -1. */
function thatWithin(tokens: readonly Token[], k: number, end: number): number {
  for (let m = k; m < Math.min(end, k + MAX_WITH_WORDS + 1); m++) {
    const t = tokenAt(tokens, m);
    if (t.lower === 'that') return m > k ? m : -1;
    if (!t.word) return -1;
  }
  return -1;
}

export function skipAfterCue(tokens: readonly Token[], i: number, lemma: string, end: number): AfterCue {
  const told =
    TELL_LIKE_CUE_VERBS.has(lemma) && !NOUN_PHRASE_CUE_VERBS.has(lemma) && i < end
      ? addressee(tokens, i, end)
      : null;
  const adj = skipAdjuncts(tokens, told ? told[1] + 1 : i, end, told);
  let k = quoteAfterAside(tokens, adj.index, end) ?? adj.index;
  // "told conservative radio host Hugh Hewitt on Wednesday that …", "said Thursday during a taping in
  // Buffalo, New York, that …": a "that" shortly after the cue opens the content.
  if (tokens[k]?.lower !== 'that') {
    const reach = TELL_LIKE_CUE_VERBS.has(lemma) ? MAX_TELL_OBJECT : MAX_ADJUNCT * 2;
    for (let m = k; m < Math.min(end, k + reach); m++) {
      const t = tokenAt(tokens, m);
      if (/^[“"‘'(«;:]|^''$/.test(t.text)) break;
      // "told Alito, asserting that …": the participle's "that" is its own, not the addressee's
      // (but "reported, citing coalition sources, that …": the source cited, then the report's "that")
      if (t.text === ',' && /ing$/.test(tokens[m + 1]?.lower ?? '') && tokens[m + 1]?.lower !== 'citing')
        break;
      if (
        t.lower === 'that' &&
        !periodThat(tokens, m) &&
        (TELL_LIKE_CUE_VERBS.has(lemma) || tokens[m - 1]?.text === ',' || opensAdjunct(tokens, k, m, lemma))
      ) {
        k = m;
        break;
      }
    }
  }
  // "says that is not what nurses see": "that" before a verb is the subject pronoun, not the complementizer
  const hasThat = tokens[k]?.lower === 'that' && !PRONOUN_THAT_NEXT.has(tokens[k + 1]?.lower ?? '');
  if (hasThat) k++;
  return { index: k, hasThat, object: adj.object };
}

/** A time modifier at k has its time after it ("this week"); other time words stand alone ("said later"). */
const timeFollows = (tokens: readonly Token[], k: number): boolean =>
  !TIME_MODIFIERS.has(tokenAt(tokens, k).lower) || TIME_ADJUNCT_WORDS.has(tokens[k + 1]?.lower ?? '');

/** Time, manner and channel adjuncts from token k ("on Monday", "flatly", "in a statement to the BBC",
 * "by text message"); the "interview with X" object joins the addressee for outlets. */
function skipAdjuncts(
  tokens: readonly Token[],
  start: number,
  end: number,
  told: [number, number] | null,
): { index: number; object: [number, number] | null } {
  let k = start;
  let object = told;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const t = tokenAt(tokens, k);
    if (t.word && TIME_ADJUNCT_WORDS.has(t.lower) && !t.cap && timeFollows(tokens, k)) k++;
    else if (periodThat(tokens, k)) k += 2;
    else if (t.lower === 'out' && tokens[k + 1]?.lower === 'that')
      k++; // "tweeted out that", "sent out that"
    else if ((t.lower === 'only' && !t.cap) || isAdverb(t))
      k++; // "said only that", "said flatly" (not "said supply …")
    else if (t.word && WEEKDAYS.has(t.lower)) k++;
    else if ((t.lower === 'at' || t.lower === 'to') && OBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))
      k += 2; // "tweeting at him, “…”", "said to her that"
    else if (t.lower === 'by' && MEANS_NOUNS.has(tokens[k + 1]?.lower ?? ''))
      k += /^messages?$/.test(tokens[k + 2]?.lower ?? '') ? 3 : 2; // "said by text message"
    else if (CUE_ADJUNCT_PREPS.has(t.lower)) {
      let m = k + 1;
      let channel = false;
      while (m < end && m - k <= MAX_ADJUNCT && (isAdjunctWord(tokenAt(tokens, m)) || nameAnd(tokens, m))) {
        const w = tokenAt(tokens, m);
        // "said on Friday the plan was …": the day ends it ("on Friday night", "a Saturday rally" go on)
        const goesOn = w.cap || TIME_ADJUNCT_WORDS.has(w.lower) || CHANNEL_NOUNS.has(w.lower);
        if (WEEKDAYS.has(tokenAt(tokens, m - 1).lower) && !goesOn) break;
        if (CHANNEL_NOUNS.has(w.lower) || TIME_ADJUNCT_WORDS.has(w.lower) || WEEKDAYS.has(w.lower))
          channel = true;
        if (w.lower === 'with' && object === null) object = [m + 1, m + 1];
        m++;
      }
      // ("said on NBC's “Meet the Press” that": a programme's quoted name is a channel)
      const title = titleEnd(tokens, m, end);
      if (title > 0) [m, channel] = [title + 1, true];
      if (!channel) break;
      // ("in a filing with state regulators that …": whom the channel was with, in lowercase too)
      const withThat = object && object[0] > k ? thatWithin(tokens, m, end) : -1;
      if (withThat > 0) m = withThat;
      if (object && object[0] > k) object = [object[0], m - 1];
      k = afterChannelParticiple(tokens, m, end);
      // "in a statement to the BBC", "in a note to clients": whom the channel was addressed to
      const to = tokens[k]?.lower === 'to' && k + 1 < end ? addressee(tokens, k + 1, end) : null;
      if (to) {
        object ??= to;
        k = to[1] + 1;
      } else if (tokens[k]?.lower === 'to') k = toThat(tokens, k, end);
    } else if (t.text === ',' && tokens[k + 1] && /^[“"'‘]|''/.test(tokenAt(tokens, k + 1).text)) k++;
    else if (t.text === ':' || t.text === '—') k++;
    else break;
  }
  return { index: k, object };
}

/** Past "to" at k up to the content's "that" when the words between are whom a channel went to ("in a letter
 * to the board that …") or the questions it answered ("in response to questions that …"); not "in response
 * to claims that …" nor "responded on Sunday to accusations that …", whose "that" is the claims'. */
function toThat(tokens: readonly Token[], k: number, end: number): number {
  const that = thatWithin(tokens, k, end);
  const answered = tokens.slice(k, that).some((w) => QUESTION_NOUNS.has(w.lower));
  const channel = tokenAt(tokens, k - 1).lower;
  const sent = CHANNEL_NOUNS.has(channel) && channel !== 'response';
  return that > 0 && (answered || sent) ? that : k;
}

/** How far after a cue skipAfterCue may find its "that" (its adjunct and addressee reach). */
const THAT_REACH = 20;
/** A cheap look before skipAfterCue: is there a "that" shortly after the cue at all? */
export function thatSoon(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + THAT_REACH); k++)
    if (tokenAt(toks, k).lower === 'that') return true;
  return false;
}
