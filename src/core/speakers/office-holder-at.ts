// Where the office holder's name begins after an office's "of" or "for": "Minister of Information Mohammed
// Idris", "Minister for Information Attaullah Tarar".
import { FIRST_NAMES } from '../lexicon/first-names';
import { SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { TITLE_WORDS } from '../lexicon/titles';
import { itemAt } from '../text/item-at';

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** A word of what an office is for ("Health and Human Services"). */
export const isPortfolioWord = (w: string): boolean =>
  w === 'and' || w === '&' || PORTFOLIO_WORDS.has(w.toLowerCase());

/** A capitalised word that is no portfolio's: a name's, after what the office is for. */
const named = (w: string): boolean => capitalised(w) && !isPortfolioWord(w);

/** The index in `words` where a name begins after the title's "of" or "for" at `of`, searching from `from`;
 * -1 when none does. Capitalised words up to a given name and surname are what the office is for ("Secretary of
 * Health and Human Services Xavier Becerra"); so are a portfolio's own words before a name whose given name
 * we do not know ("Attaullah Tarar"). */
export function officeHolderAt(words: readonly string[], of: number, from: number): number {
  if (of < 1 || !TITLE_WORDS.has(itemAt(words, of - 1).toLowerCase())) return -1;
  for (let g = Math.max(from, of + 2); g < words.length; g++) {
    const w = itemAt(words, g - 1);
    // ("Shadow minister for health Wes Streeting": a portfolio may be written in lowercase; "Food and the
    // Marine": its last item may keep its article)
    const article = w === 'the' && words[g - 2] === 'and';
    if ((!capitalised(w) && !isPortfolioWord(w) && !article) || FIRST_NAMES.has(w.toLowerCase())) break;
    if (g + 1 < words.length && FIRST_NAMES.has(itemAt(words, g).toLowerCase())) return g;
    // ("Minister for Legal Affairs Dr. Pendo Mgeni": how the holder is addressed opens the name's part)
    if (g > of + 2 && SHORT_HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''))) return g;
    const rest = words.slice(g);
    // ("Minister of Forestry and Research Dickson Maelasi": one word the lexicon does not know after the list's
    // "and" is its last item, before a name of two words or more)
    if ((w === 'and' || w === '&') && rest.length >= 3 && rest.every(named)) return g + 1;
    // (a capitalised word no lexicon knows among them when a portfolio's word closes them and a full name
    // follows: "Minister of Electronics and Information Technology Harish Vardhan")
    const object = words.slice(of + 1, g);
    const closed =
      isPortfolioWord(w) && rest.length >= 2 && object.every((o) => capitalised(o) || isPortfolioWord(o));
    if ((closed || object.every(isPortfolioWord)) && rest.every(named) && w !== 'and' && w !== '&') return g;
  }
  return -1;
}
