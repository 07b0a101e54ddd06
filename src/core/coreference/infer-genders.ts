// Gender for names no lexicon knows, from the pronouns the article uses for them: outside quotes, a
// "he"/"his"/"him" or "she"/"her" soon after a person's name most often refers to that person. Each
// such pronoun is one vote for the latest person named; the majority wins, ties stay unknown.
import type { Sentence } from '../sentences/split-sentences';
import type { PersonMention } from './find-people';
import { itemAt } from '../text/item-at';

const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);
/** How far (characters) after a name its pronoun may stand. */
const VOTE_WINDOW = 300;

/** Lowercase name as written ("dorie greenspan", "greenspan") → the gender the article's pronouns give it. */
export function inferGenders(
  sentences: readonly Sentence[],
  people: readonly PersonMention[],
  inQuote: (offset: number) => boolean,
): ReadonlyMap<string, 'm' | 'f'> {
  const votes = new Map<string, number>(); // > 0 male, < 0 female
  let k = 0;
  let latest: PersonMention | null = null;
  // The subject of the latest sentence naming someone: a pronoun in a later sentence goes to it
  // ("Ana Ruiz stressed her ties to President Obama. She …"), as readers take it.
  let subject: PersonMention | null = null;
  sentences.forEach((s, index) => {
    for (const t of s.tokens) {
      for (; k < people.length && itemAt(people, k).start <= t.start; k++) {
        const p = itemAt(people, k);
        if (p.sentence !== latest?.sentence) subject = null;
        if (p.subject && !subject) subject = p;
        latest = p;
      }
      const g = PRONOUN_GENDER.get(t.lower);
      if (!g || !latest || t.start - latest.end > VOTE_WINDOW || inQuote(t.start)) continue;
      const voted = subject && latest.sentence !== index ? subject : latest;
      const key = voted.name.toLowerCase();
      votes.set(key, (votes.get(key) ?? 0) + (g === 'm' ? 1 : -1));
    }
  });
  const out = new Map<string, 'm' | 'f'>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? 'm' : 'f');
  // A first name or title ("Mr. Obama") outweighs any count of pronouns near the name.
  for (const p of people) if (p.gender) out.set(p.name.toLowerCase(), p.gender);
  return out;
}
