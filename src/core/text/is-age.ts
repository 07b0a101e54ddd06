// "23-year-old": an age written as one word, which describes a person but is no role of theirs; "Haley, 31,":
// one set off by commas after a name.
import type { Token } from './tokenize';

export const isAge = (word: string): boolean => /^\d{1,3}-year-old$/.test(word);

/** The comma at m closes a name's age set off by commas ("Haley, 31,"). */
export const closesAge = (toks: readonly Token[], m: number): boolean =>
  /^\d{1,3}$/.test(toks[m - 1]?.text ?? '') && toks[m - 2]?.text === ',' && toks[m - 3]?.cap === true;
