// "The mayor said", "the agency told CTV", "the lanky, bespectacled professor said": a definite
// description whose head is a role noun names someone the article introduced with that role ("Mayor Doug
// McCallum", "Guenther Schuh, a professor at …"); one whose head stands for an organisation names the
// latest organisation mentioned. Nothing matching: the description stays as written.
import { ORG_HEAD_SYNONYMS } from '../lexicon/organizations';
import { ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import type { SpeakerPhrase } from '../statements/draft';
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';

/** How far back (characters) a description looks for the entity it describes. */
const DESCRIPTION_WINDOW = 4000;

const isLoneWord = (e: EntityRecord): boolean =>
  e.type === 'person' && !e.name.includes(' ') && e.gender === null && e.roleWords.size === 0;

export function describedEntity(
  text: string,
  p: SpeakerPhrase,
  said: string,
  seen: readonly SeenMention[],
): EntityRecord | null {
  const definite = /^the\s/i.test(said) || /\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 4), p.start));
  if (!definite) return null;
  // A description is common nouns ("the security firm"); a capitalised phrase is a name of its own
  // ("the Nova Scotia Health Authority").
  if (/\s\p{Lu}/u.test(said)) return null;
  const words = said.toLowerCase().split(/[\s,]+/);
  const head = (words.at(-1) ?? '').replace(/[’']s$/, '');
  const person = PERSON_ROLE_NOUNS.has(head) || TITLE_WORDS.has(head) || /^\d{1,3}-year-old$/.test(head);
  const org = ORG_ROLE_NOUNS.has(head);
  if (!person && !org) return null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i]!;
    if (m.start >= p.start) continue;
    if (p.start - m.start > DESCRIPTION_WINDOW) break;
    if (person && m.entity.type === 'person' && m.entity.roleWords.has(head)) return m.entity;
    // "The company said": an organisation quoted before, or one whose name has that head ("the
    // union" for "the Teamsters Union"); a company merely mentioned is too weak a lead.
    const called = m.entity.name.toLowerCase();
    const orgFits =
      m.entity.statements > 0 || [head, ...(ORG_HEAD_SYNONYMS[head] ?? [])].some((w) => called.includes(w));
    if (org && m.entity.type === 'organization' && orgFits) return m.entity;
    // A lone capitalised speaker with no first name or gender ("TransitLink said …") that the text then
    // calls "the agency" was an organisation all along.
    if (org && isLoneWord(m.entity) && m.entity.statements > 0) {
      m.entity.type = 'organization';
      return m.entity;
    }
  }
  return null;
}
