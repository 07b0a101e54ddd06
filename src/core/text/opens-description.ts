// "the", "a", "his", "Ontario's": a word that opens a description of someone ("the union’s president", "his
// sister", "Ontario's chief medical officer"), for the rules that read a description next to a name.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';

/** An article, a possessive determiner or an owner's capitalised possessive. */
export const opensDescription = (word: string | undefined): boolean =>
  word !== undefined &&
  (ARTICLES.has(word.toLowerCase()) ||
    POSSESSIVE_DETERMINERS.has(word.toLowerCase()) ||
    /^\p{Lu}[\p{L}-]*[’']s$/u.test(word));
