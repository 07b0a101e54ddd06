// Titles and roles that precede a name ("former President Donald Trump"). Lowercased; multiword titles
// are matched word by word, so each word is listed.
import { wordSet } from './word-set';

export const TITLE_WORDS: ReadonlySet<string> = wordSet(
  'marshal president vice secretary general secretary-general senator sen sen. rep rep. representative congressman congresswoman gov gov. governor lt lt. mayor minister prime foreign defense defence finance chancellor premier king queen prince princess pope cardinal bishop archbishop rev rev. reverend pastor rabbi imam father sister judge justice chief attorney ambassador envoy commissioner director spokesman spokeswoman spokesperson chairman chairwoman chair ceo cfo coo founder co-founder executive officer speaker leader majority minority whip senior deputy assistant acting interim former then then- candidate nominee democratic republican presidential gen gen. general col col. colonel maj maj. major capt capt. captain sgt sgt. sergeant lieutenant admiral adm adm. commander cmdr dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame lord lady state u.s. us sheriff detective inspector superintendent trooper officer coach manager analyst economist strategist pollster adviser advisor aide lawyer economy health homeland security national interior treasury trade labor energy education transportation agriculture commerce home house senate sens reps councilman councilwoman councillor council member delegate legislator lawmaker press communications campaign party first crown sheikh emir sultan ayatollah dean provost principal superintendent district county city chief-of-staff correspondent editor anchor host reporter columnist author writer',
);

/** Titles that tell the gender of the person they precede. */
export const GENDERED_TITLES: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm',
  'mr.': 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  father: 'm',
  congressman: 'm',
  chairman: 'm',
  spokesman: 'm',
  councilman: 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
  queen: 'f',
  princess: 'f',
  sister: 'f',
  congresswoman: 'f',
  chairwoman: 'f',
  spokeswoman: 'f',
  councilwoman: 'f',
};

/** Honorifics that make the next capitalised word a person on their own ("Mr. Obama"). */
export const HONORIFICS: ReadonlySet<string> = wordSet(
  'mr mrs ms miss dr prof sen rep gov gen col lt sgt capt rev president senator governor mayor sir dame lord lady judge justice pope chancellor congressman congresswoman secretary ambassador adm maj speaker',
);
