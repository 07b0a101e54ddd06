// "The Blaze reported", "the Louvre declared": the speaker phrase starts after "the", but a name the article
// writes with "the" and no given name or title is a thing's (an outlet, a museum), not a person's.
import type { Classified } from '../speakers/classify-speaker';

/** "the " (or "The ") right before a phrase, as a word of its own. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;

/** What the phrase `name` at `start` names, read with the "the" before it when that makes it an organisation. */
export function classifyNamed(
  text: string,
  start: number,
  name: string,
  kind: 'proper' | 'unnamed' | 'raw',
  classify: (said: string, kind: 'proper' | 'unnamed' | 'raw') => Classified,
): Classified {
  const withThe =
    kind === 'proper' && THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))
      ? classify(`the ${name}`, kind)
      : null;
  return withThe?.type === 'organization' ? withThe : classify(name, kind);
}
