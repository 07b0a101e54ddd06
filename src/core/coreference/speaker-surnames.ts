// Single words the article uses alone as a speaker ("“…,” Farinloye said"): a capitalised pair ending in
// one of them elsewhere is that person's full name, even with a first name no lexicon lists.
import type { Draft } from '../statements/draft';
import { NearbyWords } from '../text/nearby-words';
import { withoutPossessive } from '../text/possessive';

/** `minUses`: how many statements must give the word as their speaker; with more than one, only a word
 * written as a name ("Meghan", "PlutoPete", not "KING-TV"). `keep` may refuse a word as written. */
export function speakerSurnames(
  text: string,
  drafts: readonly Draft[],
  minUses = 1,
  keep: (said: string) => boolean = () => true,
): NearbyWords {
  const uses = new Map<string, number[]>();
  for (const d of drafts) {
    const p = d.phrase;
    if (p?.kind !== 'proper') continue;
    const said = withoutPossessive(text.slice(p.start, p.end));
    if (!/^\p{Lu}[\p{L}’'-]+$/u.test(said)) continue;
    if ((minUses > 1 && !/^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(said)) || !keep(said)) continue;
    const word = said.toLowerCase();
    const at = uses.get(word);
    if (at) at.push(p.start);
    else uses.set(word, [p.start]);
  }
  const out = new NearbyWords();
  for (const [word, at] of uses) if (at.length >= minUses) for (const a of at) out.add(word, a);
  return out;
}
