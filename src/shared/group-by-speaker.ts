// The panel's main list: statements grouped by who made them. One group per entity (the core's
// speaker id), whatever the article called them; most-quoted first; then, muted and last, the mentions
// nothing resolved ("she") and the claims with no speaker at all. Shared: the page summarises its
// groups for the panel (statement-pages.ts), which lists their statements a page at a time.
import { speakerColors } from './speaker-colors';
import { shownAliases } from './speaker-identity';
import type { Speaker, SpeakerType, Statement } from '../core/types';
import type { Translate } from '../ui/localize';

/** A speaker type, or 'none' for the group of statements with no speaker. */
export type GroupType = SpeakerType | 'none';

export interface SpeakerGroup {
  /** Stable within one analysis; used as the speaker filter's value. */
  readonly key: string;
  /** The resolved name; null for the unresolved and the unattributed groups, which have none. */
  readonly name: string | null;
  readonly role: string | null;
  readonly type: GroupType;
  /** Other names the article gives this speaker, for display (see shownAliases). */
  readonly aliases: readonly string[];
  readonly statements: readonly Statement[];
  /** All the speaker's statements, where `statements` holds only those the panel has had so far. */
  readonly count?: number;
  /** The palette index the page highlights this speaker with. */
  readonly color: number;
}

/** The key for statements with no speaker. */
export const UNATTRIBUTED_KEY = 'unattributed';
/** The key for statements whose speaker is a mention nothing resolved ("she"): one group for all. */
export const UNRESOLVED_KEY = 'unresolved';

/** The entity id, prefixed so that no id can collide with the two fixed keys. */
export function speakerKey(statement: Statement): string {
  const { speaker } = statement;
  if (!speaker) return UNATTRIBUTED_KEY;
  if (speaker.type === 'unknown') return UNRESOLVED_KEY;
  return `id:${speaker.id}`;
}

const fold = (text: string): string => text.toLowerCase();

/** Whether the aliases of `speaker` were read into the group already: the core gives every statement of
 * one entity the same aliases list, so a list is read once per name it comes with. */
function alreadyRead(read: GroupEntry['read'], speaker: Speaker): boolean {
  const names = read.get(speaker.aliases) ?? new Set<string>();
  if (names.has(speaker.name)) return true;
  read.set(speaker.aliases, names.add(speaker.name));
  return false;
}

/** Adds a statement to its group in place: copying the group per statement made a long list quadratic,
 * and so did re-reading its aliases per statement (the page summarises 32,000 statements of a 5 MB
 * article in one task): the folded aliases are kept, and a list of aliases already read is skipped. */
function merge(entry: GroupEntry, statement: Statement): void {
  const { group, known, read } = entry;
  const { speaker } = statement;
  if (speaker && !alreadyRead(read, speaker)) {
    for (const alias of shownAliases(speaker)) {
      if (known.has(fold(alias))) continue;
      known.add(fold(alias));
      group.aliases.push(alias);
    }
  }
  group.role ??= speaker?.role ?? null;
  group.statements.push(statement);
}

type MutableGroup = SpeakerGroup & { role: string | null; aliases: string[]; statements: Statement[] };

interface GroupEntry {
  readonly first: number;
  readonly group: MutableGroup;
  /** The group's aliases, folded. */
  readonly known: Set<string>;
  /** The aliases lists read into the group, each with the names it came with. */
  readonly read: WeakMap<readonly string[], Set<string>>;
}

function startGroup(key: string, statement: Statement, color: number): MutableGroup {
  const { speaker } = statement;
  const resolved = speaker !== null && speaker.type !== 'unknown';
  return {
    key,
    name: resolved ? speaker.name : null,
    role: resolved ? speaker.role : null,
    type: speaker?.type ?? 'none',
    aliases: shownAliases(speaker),
    statements: [statement],
    color,
  };
}

/** Where a group goes: resolved speakers, then unresolved mentions, then no attribution. */
const TIER: Readonly<Record<string, number>> = { [UNRESOLVED_KEY]: 1, [UNATTRIBUTED_KEY]: 2 };

/** Resolved groups in order of statement count (descending), ties by first appearance in the text. */
export function groupBySpeaker(statements: readonly Statement[]): SpeakerGroup[] {
  const colorOf = speakerColors(statements);
  const groups = new Map<string, GroupEntry>();
  statements.forEach((statement, index) => {
    const key = speakerKey(statement);
    const existing = groups.get(key);
    if (existing) return merge(existing, statement);
    const group = startGroup(key, statement, colorOf(statement.speaker));
    const entry = { first: index, group, known: new Set(group.aliases.map(fold)), read: new WeakMap() };
    if (statement.speaker) alreadyRead(entry.read, statement.speaker);
    groups.set(key, entry);
  });
  const tier = (key: string): number => TIER[key] ?? 0;
  return [...groups.values()]
    .sort(
      (a, b) =>
        tier(a.group.key) - tier(b.group.key) ||
        b.group.statements.length - a.group.statements.length ||
        a.first - b.first,
    )
    .map((entry) => entry.group);
}

/** How many statements the group has in all (loaded or not). */
export const groupCount = (group: SpeakerGroup): number => group.count ?? group.statements.length;

/** The group's heading: its name, or what the name-less groups are. */
export function groupLabel(group: SpeakerGroup, t: Translate): string {
  if (group.name !== null) return group.name;
  return group.type === 'unknown' ? t('groupUnresolved') : t('speakerUnattributed');
}
