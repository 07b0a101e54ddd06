// The contexts in which a cue-verb form reports nothing: the noun ("the Paris attacks", "a conference
// call"), "called an emergency session", "wrote a children's book". The filters in not-a-verb.ts and
// reports-nothing.ts name these; here is how each reads its neighbours.
import {
  CALL_REPORT_PARTICLES,
  NAME_NOUN_DETERMINERS,
  NOUN_COMPLEMENTS,
  OBJECT_DETERMINERS,
  PLAIN_SUBJECTS,
  REPORT_AFTER_OBJECT,
  REPORT_COMPLEMENTS,
  TREND_WORDS,
  NOUN_PHRASE_OPENERS,
  WRITE_OFF_PARTICLES,
} from '../lexicon/cue-filter-words';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import { NOUN_OPENERS, OBJECT_STARTS, STATE_NOUN_BEFORE, VERB_OPENERS } from '../lexicon/cue-context-words';
import {
  CALLED_EVENTS,
  NON_REPORT_CALL_PARTICLES,
  TOLD_THINGS,
  WRITTEN_THINGS,
} from '../lexicon/cue-objects';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { MONTH_ABBREVIATIONS, MONTHS } from '../lexicon/calendar';
import { nounReading } from '../lexicon/cue-verbs';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import type { TokenWindow } from '../text/token-window';

const STARTS_WITH_DIGIT = /^\d/;
/** Endings of words that put a verb next: plurals and adverbs ("officials claim", "repeatedly claimed"). */
const VERB_BEFORE_ENDING = /(s|ly|n[’']t)$/;

/** "a Jan. 5 tweet", "the March 3 post": a day of a month right before the form makes it a noun. */
function datedBefore(w: TokenWindow): boolean {
  if (!/^\d{1,2}$/.test(w.at(-1).text)) return false;
  const month = w.at(-2).text === '.' ? -3 : -2;
  return w.has(month) && (MONTHS.has(w.at(month).lower) || MONTH_ABBREVIATIONS.has(w.at(month).lower));
}

/** "marathon talks that stretched over three days": a "that" with a past verb right after it is a relative
 * pronoun, not a report's "that" (which has its clause's subject first). */
const relativeThat = (w: TokenWindow): boolean =>
  w.word(1) === 'that' &&
  w.has(2) &&
  !w.at(2).cap &&
  (/\p{Ll}ed$/u.test(w.word(2)) || DISTINCT_PAST.has(w.word(2)) || SHARED_PAST.has(w.word(2)));

/** "terrorist attacks in Paris", "a conference call was …", "the Orlando attack now ranks": a modifier
 * before the form and no report complement after it make it a noun. */
export function nounContext(w: TokenWindow, lemma: string): boolean {
  const prev = w.at(-1);
  if (datedBefore(w)) return true;
  // "attacks on Curiel", "the 2012 attack", "emails that moved through the server": never a report
  if (nounReading(lemma) === 'mostly' && (w.in(1, NOUN_COMPLEMENTS) || STARTS_WITH_DIGIT.test(prev.text)))
    return true;
  // "Massachusetts and Vermont, states that vote …": a place noun, "the four states that …", "Rust Belt states that …"
  if (
    nounReading(lemma) === 'place' &&
    w.has(-1) &&
    (prev.text === ',' || STARTS_WITH_DIGIT.test(prev.text) || STATE_NOUN_BEFORE.has(prev.lower))
  )
    return true;
  if (!prev.word || (w.in(1, REPORT_COMPLEMENTS) && !relativeThat(w))) return false;
  if (NOUN_OPENERS.has(prev.lower)) return true;
  // "the Orlando attack", "Paris attacks test …": a name before the form and a lowercase verb after it
  const next = w.at(1);
  if (prev.cap)
    return (
      w.in(-2, NAME_NOUN_DETERMINERS) ||
      (nounReading(lemma) === 'mostly' && next.word && !next.cap && !OBJECT_STARTS.has(next.lower))
    );
  if (
    STARTS_WITH_DIGIT.test(prev.text) ||
    VERB_OPENERS.has(prev.lower) ||
    VERB_BEFORE_ENDING.test(prev.lower)
  )
    return false;
  if (prev.lower in SPEAKER_PRONOUNS || PLAIN_SUBJECTS.has(prev.lower)) return false;
  // "the campaign calls this a …": an object right after it makes the form a verb.
  return !(next.cap || OBJECT_STARTS.has(next.lower));
}

/** How far a written thing may sit after its verb ("wrote a lengthy new op-ed"), in tokens. */
const MAX_OBJECT_GAP = 4;

/** "wrote a children's book", "posted a video": a written thing as the object, not a report after it;
 * "wrote off assets", "wrote down its stake": a value taken off the books. */
export function writesAThing(w: TokenWindow): boolean {
  if (w.in(1, WRITE_OFF_PARTICLES)) return true;
  if (!w.in(1, OBJECT_DETERMINERS)) return false;
  for (let k = 2; k <= 1 + MAX_OBJECT_GAP && w.has(k); k++) {
    if (w.in(k, WRITTEN_THINGS)) return !w.in(k + 1, REPORT_AFTER_OBJECT);
    if (!w.at(k).word) return false;
  }
  return false;
}

/** "tells part of the story", "told stories about …" (past one "the" or "a"). */
export function tellsAThing(w: TokenWindow): boolean {
  const article = w.word(1) === 'the' || w.word(1) === 'a';
  return w.in(article ? 2 : 1, TOLD_THINGS);
}

/** "declined sharply", "declined by 3 per cent", "declined 4%". */
export const declinesInNumber = (w: TokenWindow): boolean =>
  w.in(1, TREND_WORDS) || STARTS_WITH_DIGIT.test(w.word(1));

/** How far after "called" its convened event may sit ("called an emergency session"), in tokens. */
const MAX_EVENT_GAP = 3;

/** "called an emergency session", "called off the strike": convening or cancelling, not reporting. */
export function callsSomethingElse(w: TokenWindow): boolean {
  if (w.in(1, NON_REPORT_CALL_PARTICLES)) return true;
  if (w.in(1, CALL_REPORT_PARTICLES)) return false; // "called for a vote" asks for it
  for (let k = 1; k <= MAX_EVENT_GAP && w.has(k); k++) {
    // ("called the strike “an act of terror”", "called the election a sham": what it is called follows)
    if (w.in(k, CALLED_EVENTS))
      return !(/^[“"‘']$/.test(w.at(k + 1).text) || w.in(k + 1, INDEFINITE_ARTICLES));
    // "called her vote a mistake": an owned event is what is described, not convened
    const t = w.at(k);
    if (!t.word || t.cap || POSSESSIVE_DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/** How far before "put it" an "as" may open the aside ("as one diplomatic staffer put it"). */
const MAX_AS_GAP = 6;

/** "put" moves something ("put it in storage", "put American troops at greater risk") unless it is "put it"
 * closing an aside opened by "as", or "put it" followed by a stop, an adverb or "this way". */
export function putsSomewhere(w: TokenWindow): boolean {
  if (w.word(1) !== 'it') return true;
  const next = w.at(2);
  if (!next.word || /ly$/.test(next.lower) || next.lower === 'this') return false;
  for (let k = -1; k >= -MAX_AS_GAP && w.at(k).word; k--) if (w.word(k) === 'as') return false;
  return true;
}

/** Longest aside a participle opens after a comma ("…, asked about the deaths of journalists, said"). */
const MAX_ASIDE = 16;

/** The participle at w opens an aside after a comma that a later comma closes right before a finite verb
 * ("Trump, asked about it, had said"; not "the mayor, asked whether the bridge, which was old, held"). */
export function closesAside(w: TokenWindow): boolean {
  if (w.at(-1).text !== ',') return false;
  for (let k = 1; k <= MAX_ASIDE && w.has(k); k++) {
    const t = w.at(k);
    if (!t.word && t.text !== ',' && t.text !== '.') return false; // (a dot inside a sentence ends "Mr.")
    if (t.text !== ',') continue;
    const next = w.at(k + 1);
    return (
      next.word &&
      !next.cap &&
      (FINITE_AUXILIARIES.has(next.lower) ||
        DISTINCT_PAST.has(next.lower) ||
        SHARED_PAST.has(next.lower) ||
        /\p{Ll}(?:ed|s)$/u.test(next.lower))
    );
  }
  return false;
}

/** Longest stretch from a sentence's opening preposition to a cue form inside its phrase, in tokens. */
const MAX_OPENING_PHRASE = 4;

/** The form at w sits in the noun phrase of a sentence-opening preposition, before its comma ("Alongside
 * BLM calls for action, …"), or describes the document of an opening "In a statement defending X, …". */
export function inOpeningPhrase(w: TokenWindow, form: string): boolean {
  for (let k = -1; k >= -MAX_OPENING_PHRASE && w.has(k); k--) {
    if (!w.at(k).word) return false;
    if (w.index + k !== 0) continue;
    if (form === 's') return w.in(k, NOUN_PHRASE_OPENERS);
    return form === 'ing' && w.word(k) === 'in' && DOCUMENT_NOUNS.has(w.word(-1));
  }
  return false;
}
