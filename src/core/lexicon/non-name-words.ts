// Words that cannot name a speaker, whatever a phrase scan made of them: section and credit labels
// ("RELATED", "Additional reporting"), months and weekdays ("October 28"), and bare honorifics ("Dr").
// Lowercased; written for this project.
import { wordSet } from './word-set';

export const LABEL_WORDS: ReadonlySet<string> = wordSet(
  [
    'additional advertisement below breaking caption comments contributed correction credit editing',
    'editor editors exclusive gallery graphic listen more newsletter photo photos read related reporting',
    'see share sign subscribe update updated video videos watch',
  ].join(' '),
);

export const CALENDAR_WORDS: ReadonlySet<string> = wordSet(
  [
    'january february march april may june july august september october november december',
    'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov.',
    'dec dec. monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow',
  ].join(' '),
);

/** Honorifics and titles that, alone, name nobody ("Dr", "Ms.", "Sen."). */
export const BARE_HONORIFICS: ReadonlySet<string> = wordSet(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. sir dame lord lady rev rev.',
);
