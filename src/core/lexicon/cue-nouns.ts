// Nouns that carry a statement ("White House statements …", "in a statement", "Trump's remarks").
import { wordSet } from './word-set';

export const CUE_NOUNS: ReadonlySet<string> = wordSet(
  'statement statements remark remarks comment comments announcement announcements tweet tweets post posts testimony speech speeches memo letter letters release report reports briefing filing complaint message messages interview op-ed editorial assessment warning warnings claim claims spokesman spokeswoman',
);

/** Adjunct phrases after a cue that name the channel, not the content ("said in a statement"). */
export const CHANNEL_NOUNS: ReadonlySet<string> = wordSet(
  'statement interview tweet post email e-mail letter speech release video conference call briefing message memo op-ed column blog podcast broadcast appearance rally debate hearing event radio television twitter facebook instagram remarks testimony filing report note session meeting forum address',
);

/** What one speaks or writes by, after "said by" ("said by phone", "told by text message"): a channel, not the
 * agent of a passive. */
export const MEANS_NOUNS: ReadonlySet<string> = wordSet(
  'phone telephone cellphone text texts email e-mail emails letter fax video videoconference video-link skype message messages mail teleconference satellite',
);
