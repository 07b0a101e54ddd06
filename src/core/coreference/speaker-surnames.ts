// Single words the article uses alone as a speaker ("“…,” Farinloye said"): a capitalised pair ending in
// one of them elsewhere is that person's full name, even with a first name no lexicon lists.
import type { Draft } from '../statements/draft';
import { NearbyWords } from '../text/nearby-words';
import { withoutPossessive } from '../text/possessive';

export function speakerSurnames(text: string, drafts: readonly Draft[]): NearbyWords {
  const out = new NearbyWords();
  for (const d of drafts) {
    const p = d.phrase;
    if (p?.kind !== 'proper') continue;
    const said = withoutPossessive(text.slice(p.start, p.end));
    if (/^\p{Lu}[\p{L}’'-]+$/u.test(said)) out.add(said.toLowerCase(), p.start);
  }
  return out;
}
