// What a speaker's name names, read with the words around it: "The Blaze reported", "the Louvre declared"
// (the phrase starts after "the", but a name written with "the" and no given name or title is a thing's), and
// "Live Nation, which promoted the tour, said" (a "which" after a name: no person), "Nvidia said its demand"
// (a one-word name with no given name, that the content calls "its").
import type { Classified } from '../speakers/classify-speaker';
import { FIRST_NAMES } from '../lexicon/first-names';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORG_APPOSITION_CHARS, organizationAfter } from './organization-after';
import { openingWord } from '../text/opening-word';
import { itActs } from './it-acts';

/** "the " (or "The ") right before a phrase, as a word of its own. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;
/** ", which" right after a phrase. */
const WHICH_AFTER = /^,\s+which\s/;
/** "Nvidia said its demand …", "Pfizer has said that its …": the cue's content opens on the speaker's "its"
 * (not "it", which may be nobody's: "Gore said it was premature"). */
const ITS_AFTER_CUE = /^(?:\s+\p{Ll}+){1,2}\s+(?:that\s+)?its\s/u;
/** "Tarrant Ridge said in a statement Wednesday that it welcomed …": a statement issued, and its content opening
 * on "it", the speaker itself. */
const STATEMENT_IT_AFTER_CUE = /^\s+\p{Ll}+\s+in\s+an?\s+statement(?:\s+\p{Lu}\p{Ll}+)?\s+that\s+its?\s/u;
/** How much text after the phrase is read for those. */
const AFTER_CHARS = 60;

/** ", a specialist in …", ", the geneticist who …": an apposition whose head (before any preposition) is a
 * person's role noun or an "-ist" ("specialist", not "playlist"). */
const APPOSITION = /^,\s+(?:an?|the)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}-]+)(?=[\s,])/u;
function someoneAfter(after: string): string | null {
  const head = APPOSITION.exec(after)?.[2];
  return head !== undefined &&
    (PERSON_ROLE_NOUNS.has(head) || (/ist$/.test(head) && !/[^aeiou]list$/.test(head) && head.length >= 7))
    ? head
    : null;
}

/** What the phrase at `span` names, read with the "the" before it and the "which" or "its" after it when
 * they make it an organisation. */
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
  const after = text.slice(span.end, span.end + AFTER_CHARS);
  // ("George Church, a specialist in genomics technology, says": a given name and someone's role after it)
  const given = c.type === 'organization' && kind === 'proper' && FIRST_NAMES.has(openingWord(name));
  const head = given ? someoneAfter(after) : null;
  // (with a role, the person is not taken over by the organisation the name's other mentions make)
  if (head) return { type: 'person', name, role: head };
  const thing =
    WHICH_AFTER.test(after) ||
    organizationAfter(text.slice(span.end, span.end + ORG_APPOSITION_CHARS)) ||
    (!name.includes(' ') &&
      !FIRST_NAMES.has(name.toLowerCase()) &&
      (ITS_AFTER_CUE.test(after) || itActs(after))) ||
    // ("Prairie Northern said it had co-operated": a longer name with no given name, "it" acting as a company)
    (name.includes(' ') && !FIRST_NAMES.has(openingWord(name)) && itActs(after)) ||
    (!FIRST_NAMES.has(openingWord(name)) && STATEMENT_IT_AFTER_CUE.test(after));
  return c.type === 'person' && kind === 'proper' && thing
    ? { type: 'organization', name: c.role ? name : c.name, role: null }
    : c;
}
