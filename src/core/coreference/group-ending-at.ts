// People named together right before a cue speak together ("Johnson and Corbyn attacked …").
import type { EntityRecord, EntityTable } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { classifyPhrase } from '../speakers/classify-speaker';
import type { Span } from '../types';
import { itemAt } from '../text/item-at';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { alternation } from '../text/alternation';

/** Two or three capitalised words ending right before "and" (a full name no lexicon may know). */
const NAME_BEFORE_AND = /(?:^|[\s,])(\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2})\s+(?:and|&)\s+$/u;
/** How far back such a name is looked for, in characters. */
const PAIR_REACH = 60;

/** "Johnson and Corbyn attacked each other's policies": people named together right before the cue speak
 * together; the group's mention is registered at its last member's name. Failing a pair the article's
 * names gave, two full names joined there ("owners Tore Sohlberg and Lehla Abreder said") are one. */
export function groupEndingAt(
  text: string,
  seen: readonly SeenMention[],
  p: Span,
  table: EntityTable,
): EntityRecord | null {
  const orgs = organizationPair(text, seen, p, table);
  if (orgs) return orgs;
  // "… should deport Haley, and Trump later called": after a comma the "and" joins clauses
  if (!/[^,\s]\s+(?:and|&)\s+$/.test(text.slice(Math.max(0, p.start - 8), p.start))) return null;
  for (let i = seen.length - 1; i >= 0 && itemAt(seen, i).start >= p.start; i--) {
    const m = itemAt(seen, i);
    if (m.start === p.start && m.entity.type === 'person' && m.entity.plural) return m.entity;
  }
  // ("As Donald Trump and …", "Both Stone and …": a sentence's opening word is no part of the name)
  const words = NAME_BEFORE_AND.exec(text.slice(Math.max(0, p.start - PAIR_REACH), p.start))?.[1]?.split(' ');
  const first = words?.slice(words.findIndex((w) => !NON_NAME_CAPS.has(w.toLowerCase()))).join(' ');
  const said = text.slice(p.start, p.end);
  if (!first?.includes(' ') || !said.includes(' ')) return null;
  const [a, b] = [classifyPhrase(first, 'proper'), classifyPhrase(said, 'proper')];
  return a.type === 'person' && b.type === 'person' ? table.group(`${a.name} and ${b.name}`, p.start) : null;
}

/** "Apple and Google declined to comment": an organisation named right before "and" and the organisation
 * that names the speaker speak together. */
function organizationPair(
  text: string,
  seen: readonly SeenMention[],
  p: Span,
  table: EntityTable,
): EntityRecord | null {
  // (most names have no "and" right before them: no phrase to classify, no mentions to scan; a long list of
  // names stays linear)
  if (!AND_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) return null;
  const said = classifyPhrase(text.slice(p.start, p.end), 'proper');
  if (said.type !== 'organization') return null;
  const a = seen.findLast(
    (m) =>
      m.start < p.start &&
      p.start - m.start <= PAIR_REACH &&
      m.entity.type === 'organization' &&
      !m.entity.plural &&
      text.startsWith(m.entity.name, m.start) &&
      AND_ONLY.test(text.slice(m.start + m.entity.name.length, p.start)),
  );
  if (a) return table.group(`${a.entity.name} and ${said.name}`, p.start, 'organization');
  // ("Britain, France and Germany threatened": places and bodies listed before, each speaking as one)
  const items = listedBefore(text, p.start);
  return items.length > 0 && items.every((w) => w && classifyPhrase(w, 'proper').type === 'organization')
    ? table.group(`${items.join(', ')} and ${said.name}`, p.start, 'organization')
    : null;
}

/** The names listed before the "and" that ends right at `at` ("Britain, France and "), without a sentence's
 * opening word ("But Britain and France"). */
function listedBefore(text: string, at: number): string[] {
  const listed = ORG_LIST_BEFORE.exec(text.slice(Math.max(0, at - LIST_REACH), at))?.[1]?.split(', ') ?? [];
  const opening = (name: string): string =>
    name
      .split(' ')
      .filter((w) => !NON_NAME_CAPS.has(w.toLowerCase()))
      .join(' ');
  return listed.map((name, k) => (k === 0 ? opening(name) : name));
}

/** A clause opening the sentence on a preposition, up to its comma ("In a joint paper seen by Euractiv, "). */
const OPENING_CLAUSE = String.raw`(?:(?:${alternation([...PREPOSITIONS].map((w) => w[0]?.toUpperCase() + w.slice(1)))})\s[^,.;:!?]*,\s+)?`;
/** Names of one to three capitalised words, each after a comma, ending right before "and", opening the
 * sentence or after its opening clause ("In a joint paper, Sweden, Finland and"; not the tail of "voters in
 * Alabama, Georgia and"). */
const ORG_LIST_BEFORE = new RegExp(
  String.raw`(?:^|[.!?;:]\s+|\n)${OPENING_CLAUSE}((?:\p{Lu}[\p{L}’'&.-]*(?:\s\p{Lu}[\p{L}’'&.-]*){0,2},\s)*\p{Lu}[\p{L}’'&.-]*(?:\s\p{Lu}[\p{L}’'&.-]*){0,2})\s+(?:and|&)\s+$`,
  'u',
);
/** How far back such a list is looked for, in characters. */
const LIST_REACH = 120;

/** An "and" right before a name, past its "the". */
const AND_BEFORE = /\s(?:and|&)\s+(?:the\s+)?$/;
/** Only the "and" between two names ("Apple and Google", "the union and the bank"). */
const AND_ONLY = /^\s+(?:and|&)\s+(?:the\s+)?$/;
