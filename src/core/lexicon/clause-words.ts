// Words that open a clause: a side clause or aside where what was said usually ends ("…, but …",
// "…, which …"), -ing words after a comma that open none, and the openers of a question put to someone.
// Lowercased.
import { wordSet } from './word-set';

/** Words after a comma that open a side clause, where what was said usually ends. */
export const SIDE_CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  'but though although while whereas after who which a an compared',
);

/** -ing words after a comma that do not start a side clause. */
export const NON_PARTICIPLE_ING_WORDS: ReadonlySet<string> = wordSet(
  'including according during nothing something anything everything morning evening regarding concerning following notwithstanding',
);

/** Words that open the question put to someone after "asked" ("asked whether …", "asked about …"). */
export const QUESTION_OPENERS: ReadonlySet<string> = wordSet(
  'if whether what how why who whom which when where about to',
);

/** Finite auxiliaries and copulas: one soon after a cue makes what follows a clause ("the plan was sound"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = wordSet(
  "is was are were has have had will would can could should shall must may might does did do isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't doesn't didn't don't",
);

/** Words that open a subordinate clause before the main one ("Though she said …, she …"). "As" is left out:
 * "As Ruiz said, …" joins the cue to what follows. */
export const SUBORDINATORS: ReadonlySet<string> = wordSet(
  'though although while when whenever if because since whereas after before once unless',
);
