// "Doctors and pharmacists said", "…, ranchers and economists said": two unnamed groups joined by "and" speak
// together, not the one named last.
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { unnamedBack } from './unnamed-back';
import { peopleNoun } from './people-noun';
import { hasVerb } from '../statements/has-verb';

/** People in the plural in lower case (capitalised only opening its sentence: "Doctors and …"). */
const pluralSource = (tokens: readonly Token[], k: number, floor: number): boolean => {
  const t = tokenAt(tokens, k);
  return t.word && (!t.cap || k === floor || !tokens[k - 1]?.word) && peopleNoun(t);
};

/** Where the unnamed source starting at `first` (its head at j) begins with another group joined to it by
 * "and", when both are plural nouns for people; else `first`. */
export function joinedSourcesBack(tokens: readonly Token[], first: number, j: number, floor: number): number {
  const and = first - 1;
  if (and - 1 < floor || tokens[and]?.lower !== 'and' || !pluralSource(tokens, j, floor)) return first;
  if (!pluralSource(tokens, and - 1, floor)) return first;
  const back = unnamedBack(tokens, and - 1, floor);
  // (not across a verb, "The remark worried some analysts and activists, who …", nor into a list's middle,
  // "a collection of strategists, activists and operatives in the early nominating states")
  const listed = tokens[back - 1]?.text === ',' && back - 2 >= floor && pluralSource(tokens, back - 2, floor);
  return listed || hasVerb(tokens, back, and) ? first : back;
}
