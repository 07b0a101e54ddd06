// Words around a speaker subject before its cue: what may sit between them ("has also", "on Monday",
// ", however,") and the function words that open, join or cannot head a subject. Lowercased.
import { wordSet } from './word-set';

/** Words between a subject and its cue verb ("he has also said", "Trump previously argued"). */
export const AUXILIARIES_AND_ADVERBS: ReadonlySet<string> = wordSet(
  'has have had also just would will could may might did does do is was were are be been being later then again previously repeatedly reportedly recently initially first further publicly privately once often frequently never always only even already clearly specifically explicitly openly bluntly flatly simply quickly angrily immediately subsequently separately similarly likewise too himself herself themselves itself quietly loudly long famously told once-again not',
);

/** Days between a subject and its cue ("Trump on Monday said"). */
export const DAY_WORDS: ReadonlySet<string> = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight',
);

/** Adverbs set off by commas between a subject and its cue ("Trump, however, said"). */
export const ASIDE_ADVERBS: ReadonlySet<string> = wordSet(
  'however too though meanwhile moreover instead nonetheless nevertheless also though',
);

/** Words that cannot head a described subject ("it", "which", "some"). */
export const NON_HEAD_WORDS: ReadonlySet<string> = wordSet(
  'it that which who this these those there what one of with for to in on at by from and or few all both some most',
);

/** Words that open a described subject ("the oil industry", "some analysts"). */
export const DETERMINERS: ReadonlySet<string> = wordSet(
  'the a an this that these those his her their its our some many most several both',
);

/** Words a subject's clause may start after ("… and lawmakers say"). */
export const CLAUSE_JOINS: ReadonlySet<string> = wordSet(
  'and but as while when because so though although that if',
);

/** Prepositions: no subject starts right after one ("reporting from multiple outlets"). */
export const PREPOSITIONS: ReadonlySet<string> = wordSet(
  'of from in on at for with by to about over under into after before',
);

/** Words that end a description: a new clause or an adverbial, not a role ("…, and then Smith said"). */
export const NON_DESCRIPTOR_WORDS: ReadonlySet<string> = wordSet(
  'and but or nor so then when while as if because that which who whom whose also now still yet though although however meanwhile instead since after before once where whether what how why not even only just here there this these those it he she they we i you in on at to for from by with of about into over under than like',
);

/** Words and marks after which a subject opens its clause ("…,” Smith, a …, said", "and when Smith …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  "” '' ’ » ) ] , and but yet so even : — – ( “ \" as when while though although because after before since if that",
);

/** Singular nouns for a group that speak like plurals with no determiner ("city staff said", "state media
 * reported"). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = wordSet(
  'staff media personnel management leadership faculty crew',
);
