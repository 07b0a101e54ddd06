// The senses of a cue-verb form that report nothing: the noun ("the Paris attacks", "a conference call"),
// "added 292,000 jobs", "called an emergency session", "wrote a children's book", "pleaded guilty".
import {
  CALLED_EVENTS,
  COUNT_WORDS,
  NON_REPORT_CALL_PARTICLES,
  NOUN_OPENERS,
  OBJECT_STARTS,
  STATE_NOUN_BEFORE,
  TOLD_THINGS,
  VERB_OPENERS,
  WRITTEN_THINGS,
} from '../lexicon/cue-context-words';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import type { Token } from '../text/tokenize';

/** Noun-like cues whose noun reading dominates even after a name ("Paris attacks test …"). */
const MOSTLY_NOUNS = new Set(['attack', 'email']);
/** What follows a mostly-noun cue form as a noun: "attacks on …", "emails that …", "the attack in …". */
const NOUN_COMPLEMENTS = /^(on|of|that|which|against|in|from|at|by|were|was|have|has|to|,)$/;
/** Complements that keep even a noun a report: "claims that …", "promises to …", "mention of …". */
const REPORT_COMPLEMENTS = /^(that|to|of|whether|about|on|for|against|:|“|"|''|‘)$/;

/** "terrorist attacks in Paris", "a conference call was …", "the Orlando attack now ranks": a modifier
 * before the form and no report complement after it make it a noun. */
export function nounContext(toks: readonly Token[], i: number, lemma: string): boolean {
  const prev = toks[i - 1];
  // "attacks on Curiel", "the 2012 attack", "emails that moved through the server": never a report
  if (
    MOSTLY_NOUNS.has(lemma) &&
    (NOUN_COMPLEMENTS.test(toks[i + 1]?.lower ?? '') || /^\d/.test(prev?.text ?? ''))
  )
    return true;
  // "Massachusetts and Vermont, states that vote …", "the four states that …", "Rust Belt states that …"
  if (
    lemma === 'state' &&
    prev &&
    (prev.text === ',' || /^\d/.test(prev.text) || STATE_NOUN_BEFORE.has(prev.lower))
  )
    return true;
  if (!prev || !prev.word || REPORT_COMPLEMENTS.test(toks[i + 1]?.lower ?? '')) return false;
  if (NOUN_OPENERS.has(prev.lower)) return true;
  // "the Orlando attack", "Paris attacks test …": a name before the form and a lowercase verb after it
  const after = toks[i + 1];
  if (prev.cap)
    return (
      /^(the|a|an|other|his|her|their|its|our)$/.test(toks[i - 2]?.lower ?? '') ||
      (MOSTLY_NOUNS.has(lemma) &&
        after !== undefined &&
        after.word &&
        !after.cap &&
        !OBJECT_STARTS.has(after.lower))
    );
  if (/^\d/.test(prev.text) || VERB_OPENERS.has(prev.lower) || /(s|ly|n[’']t)$/.test(prev.lower))
    return false;
  if (prev.lower in SPEAKER_PRONOUNS || /^(i|we|you|many|some|most|few|all|both)$/.test(prev.lower))
    return false;
  // "the campaign calls this a …": an object right after it makes the form a verb.
  const next = toks[i + 1];
  return !(next && (next.cap || OBJECT_STARTS.has(next.lower)));
}

/** How far a written thing may sit after its verb ("wrote a lengthy new op-ed"), in tokens. */
const MAX_OBJECT_GAP = 4;

/** "added 292,000 jobs", "added up to", "declined in every state", "wrote a children's book": the verb in a
 * sense that reports nothing. */
export function notReporting(lemma: string, toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  if (lemma === 'call' && toks[i - 1]?.lower === 'so') return true; // "the so called “initiative”"
  // "was diagnosed and told he had months to live": "told" before a subject pronoun was said to him
  if (lemma === 'tell' && /^(he|she|they|we|i)$/.test(next?.lower ?? '')) return true;
  // "added $1.60", "added three more goals", "added up to", "added the drug to its program"
  if (lemma === 'add')
    return (
      next !== undefined &&
      (/^([$€£]|\d)/.test(next.text) ||
        next.lower === 'up' ||
        COUNT_WORDS.has(next.lower) ||
        objectTo(toks, i))
    );
  if (lemma === 'decline')
    return /^(in|by|from|sharply|slightly|steadily|steeply|\d.*)$/.test(next?.lower ?? '');
  // "pleaded guilty", "it only tells part of the story", "stars allowed to contend in the Open"
  if (lemma === 'plead') return /^(guilty|not|no)$/.test(next?.lower ?? '');
  if (
    lemma === 'tell' &&
    TOLD_THINGS.has(toks[i + (next?.lower === 'the' || next?.lower === 'a' ? 2 : 1)]?.lower ?? '')
  )
    return true;
  if (lemma === 'contend') return /^(in|for|with)$/.test(next?.lower ?? '');
  if (lemma !== 'write' && lemma !== 'tweet' && lemma !== 'post') return false;
  if (!/^(a|an|the|his|her|their|its)$/.test(next?.lower ?? '')) return false;
  for (let k = i + 2; k <= i + 1 + MAX_OBJECT_GAP && k < toks.length; k++) {
    if (WRITTEN_THINGS.has(toks[k]!.lower))
      return !/^(that|saying|calling|to)$/.test(toks[k + 1]?.lower ?? '');
    if (!toks[k]!.word) return false;
  }
  return false;
}

/** How far after "called" its convened event may sit ("called an emergency session"), in tokens. */
const MAX_EVENT_GAP = 3;

export function callsSomethingElse(toks: readonly Token[], i: number): boolean {
  if (NON_REPORT_CALL_PARTICLES.has(toks[i + 1]?.lower ?? '')) return true;
  if (/^(for|on|to)$/.test(toks[i + 1]?.lower ?? '')) return false; // "called for a vote" asks for it
  for (let k = i + 1; k <= i + MAX_EVENT_GAP && k < toks.length; k++) {
    if (CALLED_EVENTS.has(toks[k]!.lower)) return true;
    // "called her vote a mistake": an owned event is what is described, not convened
    if (!toks[k]!.word || toks[k]!.cap || /^(her|his|their|its|my|our|your)$/.test(toks[k]!.lower))
      return false;
  }
  return false;
}

/** How far "added the drug … to" may reach for its "to", in tokens. */
const MAX_ADDED_OBJECT = 6;

/** "added the drug group to its program": "add" with an object and a "to" before any verb puts something
 * somewhere. */
function objectTo(toks: readonly Token[], i: number): boolean {
  if (!/^(the|a|an|its|his|her|their|our)$/.test(toks[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 2 + MAX_ADDED_OBJECT); k++) {
    const t = toks[k]!;
    if (t.lower === 'to') return true;
    if (!t.word || FINITE_AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}
