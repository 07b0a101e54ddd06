// "Cruz: Trump Would Put Liberals On Court" — a short speaker phrase, a colon, then what was said.
import type { Sentence } from '../sentences/split-sentences';
import { HEADLINE_LABELS } from '../lexicon/headline-labels';
import { PLACES } from '../lexicon/places';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import { trimContent, wordCount, type Draft } from './draft';
import { makeDraft, tokenCue, tokenPhrase } from './make-draft';
import { withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { cueForm } from '../cues/find-cues';
import { SAY_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';

/** Longest speaker phrase before a colon cue, in tokens. */
const MAX_SPEAKER_TOKENS = 6;

/** `isKnownSpeaker(word)` says whether a capitalised word names someone the article knows. */
export function colonStatement(
  text: string,
  s: Sentence,
  isKnownSpeaker: (word: string) => boolean,
): Draft | null {
  const toks = s.tokens;
  let colon = -1; // (only the first MAX_SPEAKER_TOKENS can hold the speaker's colon: no scan past them)
  for (let i = 0; i < toks.length && i <= MAX_SPEAKER_TOKENS && colon < 0; i++)
    if (toks[i]?.text === ':') colon = i;
  if (colon < 1) return null;
  const p = phraseBefore(toks, colon - 1, 0);
  const opening = toks.findIndex((t) => t.word); // a transcript line may open with a quote mark
  if (!p || p.first !== opening || p.kind === 'pronoun' || p.kind === 'relative') return null;
  if (p.kind === 'unnamed' && !UNNAMED_SOURCE_NOUNS.has(tokenAt(toks, p.last).lower)) return null; // "The goal: …"
  // ("He told MPs: …": a cue before the colon is the statement's own, read as a cue's)
  if (toks.slice(p.first, p.last + 1).some((t) => !t.cap && cueForm(t.lower) !== undefined)) return null;
  // "EXCLUSIVE: …", "Poll: …", "Editor's Note: …": a label, not a speaker
  if (toks.slice(p.first, p.last + 1).every((t) => HEADLINE_LABELS.has(withoutPossessive(t.lower))))
    return null;
  // "SINGAPORE: …", below the headline "New Delhi: …": a place before a colon is a dateline; in a headline,
  // "Philippines: Senators grill …", "Kano: …", a section's label (as news sites from Lagos to Chennai write)
  const words = toks.slice(p.first, p.last + 1).filter((t) => t.word);
  if (PLACES.has(words.map((t) => t.lower).join(' '))) return null;
  if (isDateline(toks, p, colon, s.paragraph)) return null;
  // Headlines ("Gingrich: Trump Must Decide …") and full names need no introduction; a lone unknown
  // word elsewhere ("Attribution: …", "Note: …") is a label, not a speaker.
  const known = s.paragraph === 0 || p.last > p.first || isKnownSpeaker(tokenAt(toks, p.last).text);
  if ((p.kind === 'proper' && !known) || speakerAfter(toks, colon)) return null;
  const span = trimContent(
    text,
    { start: tokenAt(toks, colon).end, end: turnEnd(text, s, p, isKnownSpeaker) },
    s,
  );
  if (!span || wordCount(text, span) < 3) return null;
  const cue = tokenCue(text, toks, colon, colon);
  return makeDraft(span, s, { cue, phrase: tokenPhrase(toks, p), via: 'colon' });
}

/** Fewest words after a one-word dateline's colon: a lede's sentence, longer than a headline's claim. */
const MIN_LEDE_WORDS = 15;

/** "PERTH: Virat Kohli struck …", "Kigali: Four young people have won …": one word and a colon opening the
 * article's first lines, before a long sentence in lower case, is where the story was filed. */
function isDateline(toks: readonly Token[], p: Phrase, colon: number, paragraph: number): boolean {
  const words = toks.slice(colon + 1).filter((t) => t.word);
  return (
    p.first === p.last &&
    paragraph <= 1 &&
    words.length >= MIN_LEDE_WORDS &&
    words.filter((t) => t.cap).length * 2 < words.length
  );
}

/** Most tokens of the speaker phrase opening what follows a colon. */
const MAX_INNER_SPEAKER = 6;

/** "Coronavirus: US President Donald Trump said he spoke to PM Modi": what follows the colon opens with a
 * speaker and a cue of its own, so the word before the colon is a topic's label. */
function speakerAfter(toks: readonly Token[], colon: number): boolean {
  for (let k = colon + 2; k <= colon + 1 + MAX_INNER_SPEAKER && k < toks.length; k++) {
    const cue = cueForm(tokenAt(toks, k).lower);
    // (a verb of saying: "Paris Terror Attacks Highlight …" has a noun that could be a cue)
    if ((cue?.form !== 's' && cue?.form !== 'ed') || !SAY_LIKE_CUE_VERBS.has(cue.lemma)) continue;
    return phraseBefore(toks, k - 1, colon + 1)?.first === colon + 1;
  }
  return false;
}

/** "JOEL BENS: This is a man who … He is now running them." A transcript turn (an upper-case label, or a
 * label answering a question, naming someone the article knows and opening its paragraph) runs to the
 * paragraph's end or the next label; anything else, and section labels ("KEEPING SCORE: …"), end with the
 * sentence. */
function turnEnd(text: string, s: Sentence, p: Phrase, isKnownSpeaker: (word: string) => boolean): number {
  const label = tokenAt(s.tokens, p.last).text;
  const opensParagraph = s.start === 0 || /\n[\s"“]*$/.test(text.slice(Math.max(0, s.start - 3), s.start));
  // ("Q: Why …? ⏎ Park: Three things. Natural gas …": an answer to a question, under the name as written)
  const upper = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label);
  const answers = ANSWERED.test(text.slice(Math.max(0, s.start - ANSWER_LOOKBACK), s.start));
  if (!opensParagraph || !(upper || answers) || !isKnownSpeaker(upper ? titleCase(label) : label))
    return s.end;
  const newline = text.indexOf('\n', s.end);
  const end = newline < 0 ? text.length : newline;
  // from the sentence's last character, so the label's lookbehind sees the stop before it
  const next = NEXT_LABEL.exec(text.slice(s.end - 1, end));
  return next ? s.end - 1 + next.index : end;
}

/** A question closing the paragraph before ("…keep rising?" then a line break). */
const ANSWERED = /\?[”"]?\s*\n\s*$/;
/** How far back (characters) the question's mark may be. */
const ANSWER_LOOKBACK = 8;

/** "BENS" → "Bens": an upper-case label read as a name (as written, any acronym counts as an organisation). */
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** The next transcript label inside a paragraph ("… too. MS. CLINTON: You are …"). */
const NEXT_LABEL = /(?<=[.?!”"]\s+)[“"]?(?:\p{Lu}+\.?\s){0,3}\p{Lu}{2,}[’']?\p{Lu}*:/u;
