// What a speaker's name names, read with the words around it: "The Blaze reported", "the Louvre declared"
// (the phrase starts after "the", but a name written with "the" and no given name or title is a thing's), and
// "Live Nation, which promoted the tour, said" (a "which" after a name: no person).
import type { Classified } from '../speakers/classify-speaker';

/** "the " (or "The ") right before a phrase, as a word of its own. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;
/** ", which" right after a phrase. */
const WHICH_AFTER = /^,\s+which\s/;

/** What the phrase `name` from `start` to `end` names, read with the "the" before it and the "which" after
 * it when they make it an organisation. */
export function classifyNamed(
  text: string,
  span: { readonly start: number; readonly end: number },
  kind: 'proper' | 'unnamed' | 'raw',
  classify: (said: string, kind: 'proper' | 'unnamed' | 'raw') => Classified,
): Classified {
  const name = text.slice(span.start, span.end);
  const withThe =
    kind === 'proper' && THE_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start))
      ? classify(`the ${name}`, kind)
      : null;
  if (withThe?.type === 'organization') return withThe;
  const c = classify(name, kind);
  return c.type === 'person' && kind === 'proper' && WHICH_AFTER.test(text.slice(span.end, span.end + 9))
    ? { type: 'organization', name: c.role ? name : c.name, role: null }
    : c;
}
