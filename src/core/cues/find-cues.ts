// Cue verbs outside quotation marks in a sentence ("warned", "spoke about", "suggesting").
import {
  CONTROL_VERBS,
  CUE_BLOCKERS,
  PLURAL_QUANTIFIERS,
  SAY_IDIOM_WORDS,
} from '../lexicon/cue-context-words';
import { CUE_NOUNS } from '../lexicon/cue-nouns';
import { CUE_PARTICLES, CUE_VERBS, NOUN_LIKE_CUE_VERBS, WEAK_CUE_VERBS } from '../lexicon/cue-verbs';
import { quoteAround } from '../quotes/quote-lookup';
import type { Sentence } from '../sentences/split-sentences';
import type { Token } from '../text/tokenize';
import { callsSomethingElse, notReporting, nounContext } from './cue-senses';
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

/** Words after which an -ed form before a plural noun is an adjective ("both pledged delegates"). */
const ADJECTIVE_BEFORE = /^(\d[\d,]*|in|of|for|with|both|and|or|the|his|her|their|its)$/;
/** True when offset lies between a quote's marks in this sentence. */
export function insideQuote(s: Sentence, offset: number): boolean {
  return quoteAround(s.quotes, offset) !== undefined;
}

type Form = { lemma: string; form: VerbForm };

export function findCues(s: Sentence): CueMatch[] {
  const out: CueMatch[] = [];
  const toks = s.tokens;
  toks.forEach((t, i) => {
    const hit = t.word ? FORMS.get(t.lower) : undefined;
    if (!hit || insideQuote(s, t.start) || notVerb(toks, i, hit) || notReport(toks, i, hit)) return;
    const prev = toks[i - 1];
    const next = toks[i + 1];
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
          CUE_NOUNS.has(toks[i]!.lower) &&
          !(prev?.cap || /^(he|she|they|it|who)$/.test(prev?.lower ?? ''))),
    });
  });
  return out;
}

/** The form at i is no verb here: a name, a noun after a possessive, article or quantifier, an adjective. */
function notVerb(toks: readonly Token[], i: number, hit: Form): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  // "the Washington Post for two years": a capitalised form amid lowercase words is a name, not a verb
  // (headlines capitalise every word: "Clinton Says Trump Is Wrong")
  if (t.cap && prev?.word && toks[i + 1]?.word && !toks[i + 1]!.cap) return true;
  // "Trump's remarks": a noun; but "he's praising" is "he is"
  if (
    prev &&
    /[’']s$/.test(prev.lower) &&
    hit.form !== 'ed' &&
    !/^(he|she|it|that|there|who)[’']s$/.test(prev.lower)
  )
    return true;
  if (
    prev &&
    CUE_BLOCKERS.has(prev.lower) &&
    // "declined to say"; "went out of his way to praise": an infinitive reports for the clause's subject
    !(prev.lower === 'to' && (CONTROL_VERBS.has(toks[i - 2]?.lower ?? '') || hit.form === 'base')) &&
    // ("a threatening letter": after an article an -ing form is an adjective)
    !(
      (hit.form === 'ing' && !/^(a|an|the)$/.test(prev.lower)) ||
      (hit.form === 'ed' && toks[i + 1]?.lower === 'by')
    )
  )
    return true;
  // "a few hints", "several claims": a plural quantifier makes the -s form a noun.
  if (hit.form === 's' && PLURAL_QUANTIFIERS.has(prev?.lower ?? '')) return true;
  if (
    (hit.form === 's' || hit.form === 'base') &&
    NOUN_LIKE_CUE_VERBS.has(hit.lemma) &&
    nounContext(toks, i, hit.lemma)
  )
    return true;
  // "20 pledged delegates", "in pledged delegates": a participle modifying a plural noun
  return (
    hit.form === 'ed' &&
    ADJECTIVE_BEFORE.test(prev?.lower ?? '') &&
    /^[a-z]{3,}s$/.test(toks[i + 1]?.text ?? '')
  );
}

/** The verb at i reports nothing: a passive, "Asked about …", a non-speech sense, an idiom. */
function notReport(toks: readonly Token[], i: number, hit: Form): boolean {
  const prev = toks[i - 1];
  // "was not asked to speak": a passive participle is no report (backward "was voiced by X" aside).
  let b = i - 1;
  while (b >= 0 && (toks[b]!.lower === 'not' || toks[b]!.lower === 'never' || toks[b]!.lower === 'also')) b--;
  if (hit.form === 'ed' && PASSIVE_BE.has(toks[b]?.lower ?? '') && toks[i + 1]?.lower !== 'by') return true;
  // "Asked about the comments, the manager said …": the one asked is not the one reporting.
  if (
    hit.form === 'ed' &&
    (i === 0 || /^(when|if|once|after)$/.test(prev?.lower ?? '')) &&
    hit.lemma === 'ask'
  )
    return true;
  if (hit.lemma === 'call' && callsSomethingElse(toks, i)) return true;
  if (notReporting(hit.lemma, toks, i)) return true;
  // "it is fair to say", "hard to say", "needless to say", "that is to say": idioms, not reports
  return prev?.lower === 'to' && hit.lemma === 'say' && SAY_IDIOM_WORDS.has(toks[i - 2]?.lower ?? '');
}
