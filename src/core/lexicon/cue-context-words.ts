// Words next to a cue-verb form that tell a report from a noun ("the Paris attacks") or from a sense
// that reports nothing ("wrote a book", "called an election"). Lowercased; written for this project.
import { wordSet } from './word-set';

/** Quantifiers before which a cue's -s form is a plural noun ("a few hints", "several claims"). */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = wordSet(
  'few several many some more fewer other such these those both all',
);

/** "declined to say", "went on to say": the subject of these reports through the infinitive. */
export const CONTROL_VERBS: ReadonlySet<string> = wordSet(
  'declined declines refused refuses went proceeded continued continues began begins rushed hastened moved sought tried tries took takes used failed failing declining refusing quick',
);

/** Words after which a noun-like cue form ("attacks", "call") is the noun: prepositions and determiners. */
export const NOUN_OPENERS: ReadonlySet<string> = wordSet(
  'in on of with for from by about after amid over against despite into every each any no this these those other same latest last new first big',
);

/** Words that put a verb next: auxiliaries, "to", conjunctions, relatives, negation ("did not mention"). */
export const VERB_OPENERS: ReadonlySet<string> = wordSet(
  'to and or but nor then who that which not never also often still just only even did does do will would can could should may might must shall',
);

/** Words that open an object, so the form before them is a verb ("the campaign calls this a …"). */
export const OBJECT_STARTS: ReadonlySet<string> = wordSet(
  'the a an this these those his her their its our my him them it us me',
);

/** Words before "to say" that make it an idiom ("fair to say", "needless to say"), not a report. */
export const SAY_IDIOM_WORDS: ReadonlySet<string> = wordSet(
  'fair hard safe needless difficult easy impossible early is was it suffice',
);

/** Things one writes or posts that are the object, not what was said ("wrote a children's book"). */
export const WRITTEN_THINGS: ReadonlySet<string> = wordSet(
  'book books cookbook cookbooks letter letters profile commentary piece column introduction foreword dissent op-ed essay memoir novel bill legislation constitution article articles story stories report video photo picture link song songs',
);

/** "called off", "called in to a show": phrasal uses of "call" that report nothing ("called out" does). */
export const NON_REPORT_CALL_PARTICLES: ReadonlySet<string> = wordSet('off in up back around');

/** "called snap elections", "called an emergency session": what is convened, not what is said. */
export const CALLED_EVENTS: ReadonlySet<string> = wordSet(
  'election elections byelection byelections by-election by-elections session sessions referendum meeting meetings vote votes conference strike halt hearing hearings summit recess timeout truce ceasefire cease-fire',
);

/** Words before a verb form that make it not a report ("was said to", "declined to say", "the tell"). */
export const CUE_BLOCKERS: ReadonlySet<string> = wordSet(
  'to the a an his her their its my our your be been being',
);

/** Counts after "added" that make it arithmetic, not speech ("added three more goals", "added another job"). */
export const COUNT_WORDS: ReadonlySet<string> = wordSet(
  'one two three four five six seven eight nine ten another',
);

/** Words before "states" that make it the plural noun ("Western states that …", "the dozen states that …"). */
export const STATE_NOUN_BEFORE: ReadonlySet<string> = wordSet(
  'in of across from to western eastern northern southern midwestern southwestern northeastern southeastern northwestern belt battleground swing key border coastal member early primary red blue purple dozen several remaining other two three four five six seven eight nine ten both many some all most those these',
);

/** What one tells that is not a report of speech ("tells part of the story", "tell stories about firsts"). */
export const TOLD_THINGS: ReadonlySet<string> = wordSet('part stories tales');
