// Cue verbs outside quotation marks in a sentence ("warned", "spoke about", "suggesting").
import {
  CALLED_EVENTS,
  CONTROL_VERBS,
  COUNT_WORDS,
  TOLD_THINGS,
  CUE_BLOCKERS,
  NON_REPORT_CALL_PARTICLES,
  NOUN_OPENERS,
  OBJECT_STARTS,
  PLURAL_QUANTIFIERS,
  SAY_IDIOM_WORDS,
  STATE_NOUN_BEFORE,
  VERB_OPENERS,
  WRITTEN_THINGS,
} from '../lexicon/cue-context-words';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { CUE_NOUNS } from '../lexicon/cue-nouns';
import { CUE_PARTICLES, CUE_VERBS, NOUN_LIKE_CUE_VERBS, WEAK_CUE_VERBS } from '../lexicon/cue-verbs';
import { quoteAround } from '../quotes/quote-lookup';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import type { Sentence } from '../sentences/split-sentences';
import type { Token } from '../text/tokenize';
import { inflect, type VerbForm } from './inflect-verb';

export interface CueMatch {
  /** Token index of the verb and of the cue's last token (a particle: "spoke about"). */
  readonly index: number;
  readonly last: number;
  readonly lemma: string;
  readonly form: VerbForm;
  /** "to say" after a verb that does not pass its subject on by itself ("went out of his way to say"). */
  readonly infinitive: boolean;
  readonly weak: boolean;
}

const FORMS: ReadonlyMap<string, { lemma: string; form: VerbForm }> = (() => {
  const m = new Map<string, { lemma: string; form: VerbForm }>();
  for (const lemma of CUE_VERBS) {
    const f = inflect(lemma);
    for (const form of ['base', 's', 'ing', 'ed'] as const)
      for (const w of f[form]) if (!m.has(w)) m.set(w, { lemma, form });
  }
  return m;
})();

/** "said" → say, past: a cue verb's lemma and form, if the word is one. */
export const cueForm = (word: string): { lemma: string; form: VerbForm } | undefined => FORMS.get(word);

/** Verbs that report speech only with their particle ("spoke about"), else only before a quote. */
const NEEDS_PARTICLE = new Set(['speak', 'talk', 'point']);
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got']);

/** Noun-like cues whose noun reading dominates even after a name ("Paris attacks test …"). */
const MOSTLY_NOUNS = new Set(['attack', 'email']);
/** What follows a mostly-noun cue form as a noun: "attacks on …", "emails that …", "the attack in …". */
const NOUN_COMPLEMENTS = /^(on|of|that|which|against|in|from|at|by|were|was|have|has|to|,)$/;
/** Words after which an -ed form before a plural noun is an adjective ("both pledged delegates"). */
const ADJECTIVE_BEFORE = /^(\d[\d,]*|in|of|for|with|both|and|or|the|his|her|their|its)$/;
/** Complements that keep even a noun a report: "claims that …", "promises to …", "mention of …". */
const REPORT_COMPLEMENTS = /^(that|to|of|whether|about|on|for|against|:|“|"|''|‘)$/;

/** "terrorist attacks in Paris", "a conference call was …", "the Orlando attack now ranks": a modifier
 * before the form and no report complement after it make it a noun. */
function nounContext(toks: readonly Token[], i: number, lemma: string): boolean {
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
function notReporting(lemma: string, toks: readonly Token[], i: number): boolean {
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

function callsSomethingElse(toks: readonly Token[], i: number): boolean {
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

/** True when offset lies between a quote's marks in this sentence. */
export function insideQuote(s: Sentence, offset: number): boolean {
  return quoteAround(s.quotes, offset) !== undefined;
}

export function findCues(s: Sentence): CueMatch[] {
  const out: CueMatch[] = [];
  const toks = s.tokens;
  toks.forEach((t, i) => {
    const hit = t.word ? FORMS.get(t.lower) : undefined;
    if (!hit || insideQuote(s, t.start)) return;
    const prev = toks[i - 1];
    // "the Washington Post for two years": a capitalised form amid lowercase words is a name, not a verb
    // (headlines capitalise every word: "Clinton Says Trump Is Wrong")
    if (t.cap && prev?.word && toks[i + 1]?.word && !toks[i + 1]!.cap) return;
    // "Trump's remarks": a noun; but "he's praising" is "he is"
    if (
      prev &&
      /[’']s$/.test(prev.lower) &&
      hit.form !== 'ed' &&
      !/^(he|she|it|that|there|who)[’']s$/.test(prev.lower)
    )
      return;
    if (
      prev &&
      CUE_BLOCKERS.has(prev.lower) &&
      // "declined to say"; "went out of his way to praise": an infinitive reports for the clause's subject
      !(prev.lower === 'to' && (CONTROL_VERBS.has(toks[i - 2]?.lower ?? '') || hit.form === 'base')) &&
      !(hit.form === 'ing' || (hit.form === 'ed' && toks[i + 1]?.lower === 'by'))
    )
      return;
    // "a few hints", "several claims": a plural quantifier makes the -s form a noun.
    if (hit.form === 's' && PLURAL_QUANTIFIERS.has(prev?.lower ?? '')) return;
    if (
      (hit.form === 's' || hit.form === 'base') &&
      NOUN_LIKE_CUE_VERBS.has(hit.lemma) &&
      nounContext(toks, i, hit.lemma)
    )
      return;
    // "was not asked to speak": a passive participle is no report (backward "was voiced by X" aside).
    let b = i - 1;
    while (b >= 0 && (toks[b]!.lower === 'not' || toks[b]!.lower === 'never' || toks[b]!.lower === 'also'))
      b--;
    if (hit.form === 'ed' && PASSIVE_BE.has(toks[b]?.lower ?? '') && toks[i + 1]?.lower !== 'by') return;
    // "20 pledged delegates", "in pledged delegates": a participle modifying a plural noun
    if (
      hit.form === 'ed' &&
      ADJECTIVE_BEFORE.test(prev?.lower ?? '') &&
      /^[a-z]{3,}s$/.test(toks[i + 1]?.text ?? '')
    )
      return;
    // "Asked about the comments, the manager said …": the one asked is not the one reporting.
    if (
      hit.form === 'ed' &&
      (i === 0 || /^(when|if|once|after)$/.test(prev?.lower ?? '')) &&
      hit.lemma === 'ask'
    )
      return;
    const next = toks[i + 1];
    if (hit.lemma === 'call' && callsSomethingElse(toks, i)) return;
    if (notReporting(hit.lemma, toks, i)) return;
    // "it is fair to say", "hard to say", "needless to say", "that is to say": idioms, not reports
    if (prev?.lower === 'to' && hit.lemma === 'say' && SAY_IDIOM_WORDS.has(toks[i - 2]?.lower ?? '')) return;
    const particle = next && CUE_PARTICLES[hit.lemma]?.includes(next.lower);
    out.push({
      index: i,
      last: particle ? i + 1 : i,
      lemma: hit.lemma,
      form: hit.form,
      infinitive: prev?.lower === 'to' && hit.form === 'base' && !CONTROL_VERBS.has(toks[i - 2]?.lower ?? ''),
      weak:
        WEAK_CUE_VERBS.has(hit.lemma) ||
        (!particle && NEEDS_PARTICLE.has(hit.lemma)) ||
        (hit.form !== 'ed' &&
          hit.form !== 'ing' &&
          CUE_NOUNS.has(t.lower) &&
          !(prev?.cap || /^(he|she|they|it|who)$/.test(prev?.lower ?? ''))),
    });
  });
  return out;
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
