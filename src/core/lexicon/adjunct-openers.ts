// Words that open a circumstance (time, place, occasion, audience) rather than what was said, before or
// after a cue ("In Texas, …", "said after the meeting", "told reporters on Monday"). Lowercased.

/** Words that open an adverbial, not content ("In Texas, …", "he said after meeting aides"). */
export const ADJUNCT_STARTS: ReadonlySet<string> = new Set(
  'after before during in at on when while as because of about since until to for with without by from'.split(
    ' ',
  ),
);

/** Words that open a circumstance ("said after the meeting") rather than content. */
export const CIRCUMSTANCE_STARTS: ReadonlySet<string> = new Set(
  'after before during when while since until without'.split(' '),
);

/** Words that open a circumstance after "said"/"told" ("said on the same call", "said as he left"). */
export const SAY_ADJUNCTS: ReadonlySet<string> = new Set(
  'to on at in as about during after before when while since until without with from for via through upon'.split(
    ' ',
  ),
);
