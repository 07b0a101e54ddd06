// Words of circumstance (time, place, occasion, audience) around a cue, as opposed to what was said:
// "In Texas, …", "said after the meeting", "told reporters on Monday". Lowercased.
import { wordSet } from './word-set';

/** Words that open an adverbial, not content ("In Texas, …", "he said after meeting aides"). */
export const ADJUNCT_STARTS: ReadonlySet<string> = wordSet(
  'after before during in at on when while as because of about since until to for with without by from',
);

/** Words that open a circumstance ("said after the meeting") rather than content. */
export const CIRCUMSTANCE_STARTS: ReadonlySet<string> = wordSet(
  'after before during when while since until without',
);

/** Words that open a circumstance after "said"/"told" ("said on the same call", "said as he left"). */
export const SAY_ADJUNCTS: ReadonlySet<string> = wordSet(
  'to on at in as about during after before when while since until without with from for via through upon',
);

/** Time words an adjunct between a cue and its content may hold ("on Monday", "earlier this week"). */
export const TIME_ADJUNCT_WORDS: ReadonlySet<string> = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently again also repeatedly publicly privately previously once then now afterward afterwards week month year weekend night morning afternoon evening day days weeks months years decades last this next late early january february march april may june july august september october november december',
);

/** Who is told, not what is said ("told reporters that …", "told supporters …"). */
export const ADDRESSEES: ReadonlySet<string> = wordSet(
  'him her them me us you reporters supporters lawmakers journalists television radio viewers listeners voters students members crowd audience congress senators delegates investors donors followers people residents workers officials colleagues',
);

/** Prepositions that end a noun-phrase object ("criticized the law during a stop in Flint"). */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = wordSet(
  'during until while at monday tuesday wednesday thursday friday saturday sunday yesterday today',
);

/** Words that open an adverbial before a sentence's subject ("On Monday, …", "Asked about it, …"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday last this asked according speaking addressing if because to for from by over under without once now then here there like unlike for so yes no well indeed moreover however also still again first second finally in during after before at on as when while since with despite although though later earlier meanwhile but and still yet instead hours days',
);

/** Prepositions that make an -ing cue an adjunct of its clause ("by saying", "after thanking"). */
export const ING_ADJUNCT_PREPS: ReadonlySet<string> = wordSet(
  'by in after before while when since upon without',
);

/** Prepositions that open an adjunct between a cue and its content ("said in a statement", "said during a visit"). */
export const CUE_ADJUNCT_PREPS: ReadonlySet<string> = wordSet(
  'in on at during via through after before while from for',
);
