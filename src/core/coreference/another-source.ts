// "One cabinet minister said …. Another, who asked not to be named, said": "another" alone is one more of
// the kind of unnamed source counted just before, not the word itself; "Retailers are struggling, and
// several said …": "several" alone is several of the group named just before.
import { GROUP_SHARE_WORDS } from '../lexicon/group-nouns';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { isDemonym } from '../speakers/is-demonym';
import { isKnownOrgName } from '../speakers/organization-name';
import { PLACES } from '../lexicon/places';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { singularOf } from '../text/singular-of';
import { DEMONSTRATIVES, NUMBER_WORDS } from '../lexicon/function-words';
import type { SeenMention } from './pronoun-antecedent';

/** How far back (characters) the counted source may be. */
const WINDOW = 1500;
/** How far back (characters) the group a share of it speaks for may be. */
const GROUP_WINDOW = 600;
/** A counted unnamed source: "One cabinet minister", "A senior official", "an aide". */
const COUNTED = /^(?:one|an?)\s+(\p{L}[\p{L} '’-]*)$/iu;
/** A group's phrase opens on a determiner ("the three developers", "more than 200 workers"): a share is
 * "of" it. */
const determined = (first: string): boolean =>
  first === 'the' || first === 'more' || DEMONSTRATIVES.has(first) || /^\d/.test(first);

/** "another cabinet minister" for a source named only "Another" after "One cabinet minister", or null. */
function anotherOf(name: string, seen: readonly SeenMention[], start: number): string | null {
  const m = seen.findLast((s) => s.start < start && start - s.start <= WINDOW && s.entity.type === 'unnamed');
  const kind = m ? COUNTED.exec(m.entity.name)?.[1] : undefined;
  return kind ? `another ${kind}` : null;
}

/** The group's name as it reads after a quantifier: in lower case unless a name opens it ("several
 * retailers", "some Democrats", "one of the Rose Bowl skywriters", "other Pentagon officials"). */
function groupWords(name: string): string {
  const [first = '', second = ''] = name.split(' ');
  const proper =
    PARTY_MEMBER_NOUNS.has(first.toLowerCase()) ||
    isDemonym(first) ||
    /^\p{Lu}{2}/u.test(first) ||
    /^\p{Lu}/u.test(second) ||
    isKnownOrgName(first) ||
    PLACES.has(first.toLowerCase());
  return proper ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "several retailers" for a source named only "Several" after a group of retailers, "one of the
 * developers" for "One"; null when no group of people was named just before. */
function shareOf(name: string, seen: readonly SeenMention[], start: number): string | null {
  const share = name.trim().toLowerCase();
  if (!GROUP_SHARE_WORDS.has(share)) return null;
  // (the group named last: no one else named since, "Residents were told to stay away. Capt. Raghunathan
  // said …. Some said" is not some of the residents)
  const m = seen.findLast((s) => s.start < start && !s.quoted);
  if (!m || start - m.start > GROUP_WINDOW || m.entity.type !== 'unnamed') return null;
  // (people, not works nor one thing: "Pentagon reports", "a list circulated among participants")
  const words = m.entity.name.toLowerCase().split(' ');
  const works = DOCUMENT_NOUNS.has(singularOf(words.at(-1) ?? '')) || /^an?$/.test(words[0] ?? '');
  if (!m.entity.plural || works || GROUP_SHARE_WORDS.has(words.join(' '))) return null;
  // ("some passengers": several passengers; "two police officials": only one of them)
  const [first = '', ...rest] = groupWords(m.entity.name).split(' ');
  const counted = NUMBER_WORDS.has(first.toLowerCase());
  const group =
    GROUP_SHARE_WORDS.has(first.toLowerCase()) && !counted
      ? rest.join(' ')
      : `${first} ${rest.join(' ')}`.trim();
  if (counted) return share === 'one' ? `one of the ${group}` : null;
  const of = determined(first.toLowerCase());
  if (share === 'others') return of ? null : `other ${group}`;
  if (share === 'one') return of ? `one of ${group}` : `one of the ${group}`;
  return of ? `${share} of ${group}` : `${share} ${group}`;
}

/** The unnamed source a bare "Another", "Several" or "One" stands for, or null; `next` is the text right
 * after it ("many of whom" is some of the noun before, not of a group named earlier). */
export function countedOf(
  name: string,
  seen: readonly SeenMention[],
  start: number,
  next: string,
): string | null {
  if (name.trim().toLowerCase() === 'another') return anotherOf(name, seen, start);
  return /^\s*of\s/.test(next) ? null : shareOf(name, seen, start);
}
