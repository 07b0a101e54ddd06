// "Uisce Éireann rejected that characterisation. A spokeswoman said …": a spokesperson named by nothing but
// the noun speaks for the organisation the sentence before (or their own) opened on. Newspapers leave the
// "for Uisce Éireann" to the reader; the card says it, as a role.
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { SPOKESPERSON_NOUNS } from '../lexicon/role-nouns';
import type { EntityRecord, EntityTable } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { sentenceBreaks } from '../text/sentence-breaks';
import type { ResolvedSpeaker } from './resolve-phrase';

/** How far back (characters) the organisation a spokesperson speaks for may be named. */
const REACH = 600;

/** The organisation a bare spokesperson speaking at `at` speaks for: the subject just before, when it is
 * one and no later subject stands between, in the same or the previous sentence of the paragraph. */
export function spokenFor(text: string, seen: readonly SeenMention[], at: number): EntityRecord | null {
  const m = seen.findLast((s) => s.start < at && s.subject === true && !s.quoted);
  if (!m || at - m.start > REACH || m.entity.type !== 'organization' || m.entity.plural) return null;
  const breaks = sentenceBreaks(text, m.start, at);
  return text.lastIndexOf('\n', at - 1) >= m.start || breaks.length > 1 ? null : m.entity;
}

/** The speaker, or, for "A spokeswoman" right after an organisation spoke or acted, an unnamed source of that
 * name which is that organisation's spokeswoman: one of its own, so two organisations' spokespeople in one
 * story stay two speakers. */
export function spokespersonFor(
  text: string,
  seen: readonly SeenMention[],
  table: EntityTable,
  speaker: ResolvedSpeaker,
  at: number,
): ResolvedSpeaker {
  const e = speaker.entity === null ? null : table.all[speaker.entity];
  const [article, head, ...rest] = (e?.name ?? '').toLowerCase().split(/\s+/);
  const bare =
    rest.length === 0 && INDEFINITE_ARTICLES.has(article ?? '') && SPOKESPERSON_NOUNS.has(head ?? '');
  const org = e && bare && e.type === 'unnamed' && !e.plural ? spokenFor(text, seen, at) : null;
  if (!e || !org || !head) return speaker;
  // (indexed under a name of its own; shown under the one the article gives)
  const own = table.unnamed(`${e.name} for ${org.name}`, false, at);
  own.name = e.name;
  // ("spokesman for the housing department": a description keeps its article)
  own.role = `${head} for ${/^\p{Ll}/u.test(org.name) ? 'the ' : ''}${org.name}`;
  return { ...speaker, entity: own.key };
}
