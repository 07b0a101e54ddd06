// The popup's main list: statements grouped by who made them, most-quoted speaker first.
import { speakerColors, UNATTRIBUTED_COLOR } from '../shared/speaker-colors';
import type { SpeakerType, Statement } from '../core/types';

export interface SpeakerGroup {
  /** Stable within one analysis; used as the speaker filter's value. */
  readonly key: string;
  /** The resolved name, or null for statements with no speaker at all. */
  readonly name: string | null;
  readonly role: string | null;
  readonly type: SpeakerType;
  readonly statements: readonly Statement[];
  /** The palette index the page highlights this speaker with. */
  readonly color: number;
}

/** The key for statements with no speaker. */
export const UNATTRIBUTED_KEY = 'unattributed';

/** Same name and type is the same speaker; case and spacing differences don't split a group. */
export function speakerKey(statement: Statement): string {
  const { speaker } = statement;
  if (!speaker) return UNATTRIBUTED_KEY;
  return `${speaker.type}:${speaker.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** Groups in order of statement count (descending), ties by first appearance in the text. */
export function groupBySpeaker(statements: readonly Statement[]): SpeakerGroup[] {
  const colors = speakerColors(statements);
  const groups = new Map<string, { first: number; group: SpeakerGroup }>();
  statements.forEach((statement, index) => {
    const key = speakerKey(statement);
    const existing = groups.get(key);
    if (existing) {
      const role = existing.group.role ?? statement.speaker?.role ?? null;
      existing.group = {
        ...existing.group,
        role,
        statements: [...existing.group.statements, statement],
      };
      return;
    }
    const { speaker } = statement;
    groups.set(key, {
      first: index,
      group: {
        key,
        name: speaker?.name ?? null,
        role: speaker?.role ?? null,
        type: speaker?.type ?? 'unknown',
        statements: [statement],
        color: colors.get(speaker?.name ?? null) ?? UNATTRIBUTED_COLOR,
      },
    });
  });
  return [...groups.values()]
    .sort((a, b) => b.group.statements.length - a.group.statements.length || a.first - b.first)
    .map((entry) => entry.group);
}
