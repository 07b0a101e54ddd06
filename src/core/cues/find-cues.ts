// Cue verbs outside quotation marks in a sentence ("warned", "spoke about", "suggesting"): every form of a
// cue verb, less those a filter in not-a-verb.ts or reports-nothing.ts rejects.
import { PHONE_CALL_FILTER } from './phone-call';
import { NAMES_ITSELF_FILTER } from './names-itself';
import { SAYS_NOTHING_FILTER } from './says-nothing';
import { ASKS_ANONYMITY_FILTER, DECLINES_NAME_FILTER, SPEAKS_ON_CONDITION_FILTER } from './asks-anonymity';
import { ACCUSED_OF_FILTER } from './accused-of';
import { AGREES_A_DEAL_FILTER } from './agrees-a-deal';
import { STRIKES_BODILY_FILTER } from './strikes-bodily';
import { CITES_A_SOURCE_FILTER } from './cites-a-source';
import { ADJUNCT_PARTICIPLE_FILTER } from './adjunct-participle';
import { RELATIVE_GAP_FILTER } from './relative-gap';
import { NAMES_A_STATE_FILTER } from './names-a-state';
import { CONTROL_VERBS } from '../lexicon/cue-context-words';
import { VERB_SUBJECT_PRONOUNS } from '../lexicon/cue-filter-words';
import { CUE_NOUNS } from '../lexicon/cue-nouns';
import { CUE_PARTICLES, CUE_VERBS, NEEDS_PARTICLE_CUE_VERBS, WEAK_CUE_VERBS } from '../lexicon/cue-verbs';
import { insideQuote } from '../quotes/in-quote';
import type { Sentence } from '../sentences/split-sentences';
import { tokenWindow, type TokenWindow } from '../text/token-window';
import { rejectingFilter, type CueForm } from './cue-filter';
import { inflect, type VerbForm } from './inflect-verb';
import { NOT_A_VERB } from './not-a-verb';
import { INSIDE_A_NAME_FILTER } from './inside-a-name';
import { HEARD_IN_COURT_FILTER } from './heard-in-court';
import { PERFECT_OBJECT_FILTER } from './perfect-object';
import { REPORTS_NOTHING } from './reports-nothing';
import { UNSAID_MOODS } from './unsaid-moods';

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

/** Every filter a cue-verb form must pass, in the order they are tried. */
export const CUE_FILTERS = [
  ...NOT_A_VERB,
  INSIDE_A_NAME_FILTER,
  PERFECT_OBJECT_FILTER,
  HEARD_IN_COURT_FILTER,
  ...REPORTS_NOTHING,
  ADJUNCT_PARTICIPLE_FILTER,
  PHONE_CALL_FILTER,
  NAMES_ITSELF_FILTER,
  SAYS_NOTHING_FILTER,
  ASKS_ANONYMITY_FILTER,
  DECLINES_NAME_FILTER,
  SPEAKS_ON_CONDITION_FILTER,
  ACCUSED_OF_FILTER,
  AGREES_A_DEAL_FILTER,
  STRIKES_BODILY_FILTER,
  CITES_A_SOURCE_FILTER,
  RELATIVE_GAP_FILTER,
  NAMES_A_STATE_FILTER,
  ...UNSAID_MOODS,
];

const FORMS: ReadonlyMap<string, CueForm> = (() => {
  const m = new Map<string, CueForm>();
  for (const lemma of CUE_VERBS) {
    const f = inflect(lemma);
    for (const form of ['base', 's', 'ing', 'ed'] as const)
      for (const w of f[form]) if (!m.has(w)) m.set(w, { lemma, form });
  }
  return m;
})();

/** "said" → say, past: a cue verb's lemma and form, if the word is one. */
export const cueForm = (word: string): CueForm | undefined => FORMS.get(word);

/** The shortest form's length: shorter words ("a", "of", "to": a sentence's commonest) are not looked up. */
const SHORTEST_FORM = Math.min(...[...FORMS.keys()].map((w) => w.length));

export function findCues(s: Sentence): CueMatch[] {
  const out: CueMatch[] = [];
  s.tokens.forEach((t, i) => {
    const hit = t.word && t.lower.length >= SHORTEST_FORM ? FORMS.get(t.lower) : undefined;
    if (!hit || insideQuote(s, t.start)) return;
    const w = tokenWindow(s.tokens, i);
    if (!rejectingFilter(CUE_FILTERS, w, hit)) out.push(cueMatch(w, hit));
  });
  return out;
}

/** The cue at w: its particle ("spoke about"), whether it is an infinitive and whether it is weak. */
function cueMatch(w: TokenWindow, hit: CueForm): CueMatch {
  const particle = w.has(1) && (CUE_PARTICLES[hit.lemma]?.includes(w.word(1)) ?? false);
  return {
    index: w.index,
    last: particle ? w.index + 1 : w.index,
    lemma: hit.lemma,
    form: hit.form,
    infinitive: w.word(-1) === 'to' && hit.form === 'base' && !w.in(-2, CONTROL_VERBS),
    weak:
      WEAK_CUE_VERBS.has(hit.lemma) ||
      (!particle && NEEDS_PARTICLE_CUE_VERBS.has(hit.lemma)) ||
      // "the claims": a cue noun is a verb only after a name or a subject pronoun ("she claims")
      (hit.form !== 'ed' &&
        hit.form !== 'ing' &&
        CUE_NOUNS.has(w.word(0)) &&
        !(w.at(-1).cap || w.in(-1, VERB_SUBJECT_PRONOUNS))),
  };
}
