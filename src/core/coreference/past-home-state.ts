// "Sen. Chuck Grassley of Iowa, the committee's chairman, said": the place a name is "of" before its
// apposition's comma, which the description follows.
import { PLACES } from '../lexicon/places';
import type { Token } from '../text/tokenize';

/** Most words of a home state after "of" ("Sen. Chuck Grassley of Iowa, the committee's chairman,"). */
const MAX_HOME = 3;

/** Past a place the name is "of" before the apposition's comma ("… Grassley of Iowa, the chairman"). */
export function pastHomeState(toks: readonly Token[], last: number): number {
  if (toks[last + 1]?.lower !== 'of') return last;
  let k = last + 2;
  while (k - last - 2 < MAX_HOME && toks[k]?.cap && toks[k]?.word) k++;
  const place = toks
    .slice(last + 2, k)
    .map((t) => t.lower)
    .join(' ');
  return k > last + 2 && toks[k]?.text === ',' && PLACES.has(place) ? k - 1 : last;
}
