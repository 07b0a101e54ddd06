// Filters for cue verbs used in a sense that reports nothing: passives, "asked about …" openers, idioms,
// and verb senses such as "added 2,000 jobs" or "pleaded guilty".
import {
  ASKED_OPENERS,
  UNSAID_INFINITIVE_LEADS,
  NAMING_PARTICIPLES,
  COMPETE_PREPOSITIONS,
  PASSIVE_ADVERBS,
  PASSIVE_AUXILIARIES,
  PLEA_WORDS,
  OATH_PARTICLES,
} from '../lexicon/cue-filter-words';
import { SAY_IDIOM_WORDS } from '../lexicon/cue-context-words';
import { hasNonReportSense } from '../lexicon/cue-verbs';
import { ARTICLES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';
import {
  callsSomethingElse,
  closesAside,
  declinesInNumber,
  putsSomewhere,
  tellsAThing,
  writesAThing,
} from './cue-senses';
import { RECALLED_GOODS_FILTER } from './recalls-goods';
import { REMOVES_SOMEONE_FILTER } from './removes-someone';
import { addsSomething } from './adds-something';
import { givesAName } from './gives-a-name';
import { hearingBody } from './heard-in-court';

/** "sworn in as …", "sworn into office": "in" or "into" after the cue, not before a place or document a
 * statement was sworn in ("swore in an affidavit that", "swore in court that"). */
const takesOffice = (w: TokenWindow): boolean =>
  w.in(1, OATH_PARTICLES) &&
  (w.word(1) === 'into' || !(w.in(2, ARTICLES) || w.in(2, POSSESSIVE_DETERMINERS) || w.word(3) === 'that'));

/** Most words of the "by" phrase between the lead and its infinitive ("attempts by CTV News to …"). */
const MAX_LEAD_BY = 5;

/** "attempts to confirm", "attempts by CTV News to confirm", "is expected to announce": such a lead before
 * the infinitive's "to". */
function unsaidLeadBefore(w: TokenWindow): boolean {
  if (w.in(-2, UNSAID_INFINITIVE_LEADS)) return true;
  for (let k = 2; k <= MAX_LEAD_BY + 2 && w.at(-k).word; k++)
    if (w.word(-k) === 'by') return w.in(-k - 1, UNSAID_INFINITIVE_LEADS);
  return false;
}

/** The word before the participle at w, past "not", "never" and "also" ("was not asked"). */
function auxiliaryBefore(w: TokenWindow): string {
  let k = -1;
  while (w.in(k, PASSIVE_ADVERBS)) k--;
  return w.word(k);
}

export const REPORTS_NOTHING: readonly CueFilter[] = [
  {
    name: 'passive',
    reason: 'a passive participle reports nothing ("was voiced by X" is the passive step’s)',
    example: 'The driver was not [asked] to speak.',
    keeps: 'The concern was [voiced] by the mayor.',
    rejects: (w, hit) =>
      hit.form === 'ed' &&
      PASSIVE_AUXILIARIES.has(auxiliaryBefore(w)) &&
      w.word(1) !== 'by' &&
      !(hit.lemma === 'tell' && hearingBody(w)), // ("The jury was told that …")
  },
  {
    name: 'asked, opening a clause',
    reason: 'the one asked is not the one who answers',
    example: 'When [asked] about the delay, the manager blamed the weather.',
    rejects: (w, hit) =>
      hasNonReportSense(hit.lemma, 'asked-opener') &&
      hit.form === 'ed' &&
      (w.index === 0 || w.in(-1, ASKED_OPENERS)),
  },
  {
    name: 'asked, in an aside',
    reason: 'between commas after its subject, "asked" is passive: the one asked answers in the main verb',
    example: 'Ana Ruiz, [asked] about the delay, said the weather was to blame.',
    keeps: 'Ana Ruiz, the mayor, [asked] whether the bridge was safe.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'asked-opener') && hit.form === 'ed' && closesAside(w),
  },
  {
    name: 'so-called',
    reason: '"so called" labels a name, it reports no one',
    example: 'The so [called] initiative was dropped.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'so-called') && w.word(-1) === 'so',
  },
  {
    name: 'called an event',
    reason: 'calling an election or a meeting convenes it; "called off" cancels it',
    example: 'The premier [called] a snap election for June.',
    keeps: 'The premier [called] for a snap election.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'event') && callsSomethingElse(w),
  },
  {
    name: 'a name given',
    reason: 'after a common noun, "called" and a name alone gives its name ("known as"), reporting nothing',
    example: 'One person remained in the dark: an 8-year-old boy [called] Arya Galih.',
    keeps: 'Mayor Ana Ruiz [called] Tom Baker a liar.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'naming') && hit.form === 'ed' && givesAName(w),
  },
  {
    name: 'told, then a subject',
    reason: 'a subject pronoun right after "told" makes it what was said to someone',
    example: 'He was diagnosed and [told] he had months to live.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'told-subject') && w.in(1, SUBJECT_PRONOUNS),
  },
  {
    name: 'tells a story',
    reason: 'telling part of a story or tales is narrating, not reporting speech',
    example: 'The report only [tells] part of the story.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'story') && tellsAThing(w),
  },
  {
    name: 'added an amount',
    reason: 'adding money, a count or an object somewhere is arithmetic, not speech',
    example: 'Shares [added] $1.60 in late trading.',
    keeps: 'She [added] that the vote would wait.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'amount') && addsSomething(w),
  },
  {
    name: 'declined in number',
    reason: 'a figure that declines falls; it does not refuse to speak',
    example: 'Sales [declined] sharply in May.',
    keeps: 'The minister [declined] to comment.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'trend') && declinesInNumber(w),
  },
  {
    name: 'pleaded guilty',
    reason: 'a plea in court is no statement',
    example: 'The driver [pleaded] guilty to dangerous driving.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'plea') && w.in(1, PLEA_WORDS),
  },
  {
    name: 'sworn in',
    reason: 'swearing someone in is an oath of office, not a statement',
    example: 'Narendra Modi was [sworn] in as prime minister on Sunday.',
    keeps: 'She [swore] in court that she had never met him.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'oath') && takesOffice(w),
  },
  {
    name: 'contend for',
    reason: '"contend for / in / with" is to compete or cope, not to argue',
    example: 'Twelve crews will [contend] for the cup.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'compete') && w.in(1, COMPETE_PREPOSITIONS),
  },
  {
    name: 'wrote a book',
    reason:
      'writing or posting a book, a letter or a video is the object, not what was said; writing off a value is accounting',
    example: 'She [wrote] a children’s book last year.',
    keeps: 'She [wrote] a letter saying the plan had failed.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'written-thing') && writesAThing(w),
  },
  RECALLED_GOODS_FILTER,
  REMOVES_SOMEONE_FILTER,
  {
    name: 'put somewhere',
    reason: '"put" reports only as "put it" with nothing placed after it ("as she put it", "put it bluntly")',
    example: 'The delay would [put] crews at greater risk.',
    keeps: 'The pier is a mess, as Okafor [put] it.',
    rejects: (w, hit) => hasNonReportSense(hit.lemma, 'placing') && putsSomewhere(w),
  },
  {
    name: 'tried, asked for or still to come',
    reason:
      'an infinitive after "attempts", "efforts" or "requests" is what was tried or asked for, not said',
    example: 'Attempts by the paper to [confirm] this with the league were unsuccessful.',
    keeps: 'The minister declined to [confirm] the report.',
    rejects: (w, hit) => hit.form === 'base' && w.word(-1) === 'to' && unsaidLeadBefore(w),
  },
  {
    name: 'asked not to be named',
    reason: 'asking or declining "(not) to be named" is a source asking for anonymity, not a statement',
    example: 'A resident, who [asked] not to be named, said the water was brown.',
    keeps: 'The mayor [asked] residents to be patient.',
    rejects: (w) => {
      const k = w.word(1) === 'not' ? 2 : 1;
      return w.word(k) === 'to' && w.word(k + 1) === 'be' && w.in(k + 2, NAMING_PARTICIPLES);
    },
  },
  {
    name: 'to-say idiom',
    reason: '"fair to say", "needless to say" are idioms, not reports',
    example: 'It is fair to [say] the plan failed.',
    rejects: (w, hit) =>
      hasNonReportSense(hit.lemma, 'idiom') && w.word(-1) === 'to' && w.in(-2, SAY_IDIOM_WORDS),
  },
  {
    name: '"to speak of" idiom',
    reason: '"no yards to speak of" means none worth mentioning; nobody speaks',
    example: 'Most have no yards to [speak] of, but plenty of parks.',
    keeps: 'She rose to [speak] of the war.',
    rejects: (w, hit) =>
      hit.lemma === 'speak' && w.word(-1) === 'to' && w.word(1) === 'of' && (!w.has(2) || !w.at(2).word),
  },
];
