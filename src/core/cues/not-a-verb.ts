// Filters for cue-verb forms that are no verb in their sentence: names, nouns, adjectives.
import { ADJECTIVE_OPENERS, CONTRACTED_IS } from '../lexicon/cue-filter-words';
import { CONTROL_VERBS, CUE_BLOCKERS, MEASURE_WORDS, PLURAL_QUANTIFIERS } from '../lexicon/cue-context-words';
import { hasNonReportSense, NOUN_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { ARTICLES, NUMBER_WORDS } from '../lexicon/function-words';
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import { FINITE_AUXILIARIES, PLURAL_AUXILIARIES } from '../lexicon/clause-words';
import { DOCUMENT_DESTINATIONS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import type { CueFilter } from './cue-filter';
import type { TokenWindow } from '../text/token-window';
import { inOpeningPhrase, nounContext } from './cue-senses';

const NUMBER = /^\d[\d,]*$/;
const PLURAL_NOUN = /^[a-z]{3,}s$/;
/** A number above one: "one slide shows", "one he calls" keep their verb. */
const isPlural = (word: string): boolean =>
  word !== 'one' && word !== '1' && (NUMBER.test(word) || NUMBER_WORDS.has(word));

/** Most capitalised modifiers between "a" and the noun ("a United Nations-backed report"). */
const MAX_CAPITALS = 3;

/** Capitalised words right before the form, with "a" or "an" before them ("a Twitter comment"). */
function articleBeforeCapitals(w: TokenWindow): boolean {
  let k = 1;
  while (k <= MAX_CAPITALS && w.has(-k) && w.at(-k).cap && !w.in(-k, INDEFINITE_ARTICLES) && w.at(-k).word)
    k++;
  return k > 1 && w.in(-k, INDEFINITE_ARTICLES);
}

export const NOT_A_VERB: readonly CueFilter[] = [
  {
    name: 'capitalised amid lowercase',
    reason: 'a capitalised form between words, before a lowercase one, is part of a name',
    example: 'She worked at the Washington [Post] for two years.',
    // headlines capitalise every word
    keeps: 'Clinton [Says] Trump Is Wrong',
    rejects: (w) => w.at(0).cap && w.at(-1).word && w.at(1).word && !w.at(1).cap,
  },
  {
    name: 'capitalised noun closing a name',
    reason:
      'a capitalised base or -s form that is as often a noun, between a capitalised word and a comma or stop, ends a name (in a headline the next word is capitalised)',
    example: 'The firm owns the Orange County Register, Denver [Post], San Jose Mercury News and more.',
    keeps: 'Clinton [Says] Trump Is Wrong',
    rejects: (w, hit) =>
      (hit.form === 'base' || hit.form === 's') &&
      NOUN_LIKE_CUE_VERBS.has(hit.lemma) &&
      w.at(0).cap &&
      w.at(-1).cap &&
      w.at(-1).word &&
      (w.at(1).text === ',' || w.at(1).text === '.'),
  },
  {
    name: 'after a possessive',
    reason: 'after a possessive the form is a noun',
    example: 'Critics mocked the senator’s [remarks] about the budget.',
    keeps: 'He’s [praising] the plan.',
    rejects: (w, hit) => hit.form !== 'ed' && w.isPossessive(-1) && !w.in(-1, CONTRACTED_IS),
  },
  {
    name: 'after an article or "to be"',
    reason:
      'after an article, a possessive determiner or "be" the form is a noun or adjective; "to" + base form is an infinitive, which reports',
    example: 'She sent the council a [threatening] letter.',
    keeps: 'The minister declined to [comment] on the report.',
    rejects: (w, hit) =>
      w.in(-1, CUE_BLOCKERS) &&
      // "declined to say"; "went out of his way to praise": an infinitive reports for the clause's subject
      !(w.word(-1) === 'to' && (w.in(-2, CONTROL_VERBS) || hit.form === 'base')) &&
      !((hit.form === 'ing' && !w.in(-1, ARTICLES)) || (hit.form === 'ed' && w.word(1) === 'by')),
  },
  {
    name: 'after "a" and a name',
    reason:
      'a base form after "a" or "an" and a capitalised modifier is a singular noun (a verb there would take -s)',
    example: 'A United Nations-backed [report] said famine was near.',
    keeps: 'The Democrats [claim] the vote was rigged.',
    rejects: (w, hit) => hit.form === 'base' && articleBeforeCapitals(w),
  },
  {
    name: 'in an opening phrase',
    reason:
      'inside the phrase of a sentence-opening "amid", "despite" or "alongside" the form is a noun; in "In a statement defending …" it describes the document',
    example: 'Alongside BLM [calls] for action, a GOP strategist said the party must choose.',
    keeps: 'In Ohio, the mayor [says] the plan will work.',
    rejects: (w, hit) => inOpeningPhrase(w, hit.form),
  },
  {
    name: 'after a plural quantifier',
    reason: 'a plural quantifier makes the -s form a plural noun',
    example: 'He dropped a few [hints] about the plan.',
    rejects: (w, hit) => hit.form === 's' && w.in(-1, PLURAL_QUANTIFIERS),
  },
  {
    name: 'after a number',
    reason: 'a number above one, or one and a word, before the -s form makes it a plural noun',
    example: 'The Thunder scored nine straight [points] to cut the lead.',
    // "Farinloye, 50, says": an age between commas is no quantifier
    keeps: 'Ana Ruiz, 50, [says] she is happy.',
    rejects: (w, hit) =>
      hit.form === 's' && (isPlural(w.word(-1)) || (isPlural(w.word(-2)) && /^\p{Ll}/u.test(w.word(-1)))),
  },
  {
    name: 'a measure',
    reason: 'a base form after a fraction is a unit, a noun (a number is not enough: "six in 10 say")',
    example: 'The bank cut its rate by a quarter [point] to 1.25 percent.',
    keeps: 'Six in 10 [say] the economy is weak.',
    rejects: (w, hit) => hit.form === 'base' && w.in(-1, MEASURE_WORDS),
  },
  {
    name: 'noun reading',
    reason: 'a form that is as often a noun, in a noun’s context (a modifier before it, no report after it)',
    example: 'The terrorist [attacks] in Paris shocked the city.',
    keeps: 'The mayor [attacks] the plan every week.',
    rejects: (w, hit) =>
      (hit.form === 's' || hit.form === 'base') &&
      NOUN_LIKE_CUE_VERBS.has(hit.lemma) &&
      nounContext(w, hit.lemma),
  },
  {
    name: 'before a relative "that" with a plural verb',
    reason:
      'an -s form as often a noun, before "that" and a plural auxiliary, is a plural noun the relative clause describes (a reported "that" clause would have its own subject first)',
    example: 'The group won awards for innovative [projects] that are delivering clean water.',
    keeps: 'The mayor [claims] that was a mistake.',
    // (after a comma it stays found: "…, remarks that were echoed" ends what was said before it)
    rejects: (w, hit) =>
      hit.form === 's' &&
      NOUN_LIKE_CUE_VERBS.has(hit.lemma) &&
      w.at(-1).word &&
      w.word(1) === 'that' &&
      w.in(2, PLURAL_AUXILIARIES),
  },
  {
    name: 'object of a verb before it',
    reason: 'after a past verb and a lowercase modifier the -s form is a plural noun, that verb’s object',
    example: 'The two leaders sidestepped tricky [questions] about their own plans.',
    keeps: 'Ana Ruiz, who was surprised, [questions] the plan.',
    rejects: (w, hit) =>
      hit.form === 's' &&
      w.at(-1).word &&
      !w.at(-1).cap &&
      !/ly$/.test(w.word(-1)) &&
      w.at(-2).word &&
      (/[a-z]ed$/.test(w.word(-2)) || DISTINCT_PAST.has(w.word(-2)) || SHARED_PAST.has(w.word(-2))),
  },
  {
    name: 'participle before a plural noun',
    reason: 'an -ed form between a number or preposition and a plural noun modifies the noun',
    example: 'He won 20 [pledged] delegates in Ohio.',
    rejects: (w, hit) =>
      hit.form === 'ed' &&
      (w.in(-1, ADJECTIVE_OPENERS) || NUMBER.test(w.word(-1))) &&
      PLURAL_NOUN.test(w.at(1).text),
  },
  {
    name: 'known for',
    reason: 'a participle before "for" says what someone is known for',
    example: 'For someone long [noted] for her eagerness to explore, Durning was calm.',
    keeps: 'Ruiz [noted] that the rink was unsafe.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'famed') && hit.form === 'ed' && w.word(1) === 'for',
  },
  {
    name: 'participle after a document',
    reason: 'an -ed form right after a document and before where it went describes the document',
    example: 'A statement [posted] on the county’s website said the road was closed.',
    keeps: 'The county [posted] on its website that the road was closed.',
    rejects: (w, hit) =>
      hit.form === 'ed' &&
      DOCUMENT_NOUNS.has(w.word(-1)) &&
      !w.at(-1).cap && // ("Fox News reported on Thursday that …": a name)
      w.in(1, DOCUMENT_DESTINATIONS),
  },
  {
    name: 'noun before a participle',
    reason:
      'an -ing form right after a noun, with no auxiliary, and before a past participle is a noun of its own ("a heat warning issued Monday")',
    example: 'Heat [warning] issued as temperatures near 35 C',
    keeps: 'Officials are [urging] vaccinated people to wear masks.',
    rejects: (w, hit) =>
      hit.form === 'ing' &&
      w.at(-1).word &&
      !w.in(-1, FINITE_AUXILIARIES) &&
      (/[a-z]ed$/.test(w.word(1)) || DISTINCT_PAST.has(w.word(1))),
  },
  {
    name: 'noun before a past verb',
    reason: 'a base or -s form right before a simple past verb is the subject’s noun, not a verb of its own',
    example: 'The yield on the two-year Treasury [note] fell slightly.',
    keeps: 'Analysts [note] that the yield fell slightly.',
    rejects: (w, hit) => (hit.form === 'base' || hit.form === 's') && DISTINCT_PAST.has(w.word(1)),
  },
];
