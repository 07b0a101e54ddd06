// The panel's speaker groups from what the page sent: its summary of every speaker (with counts) and the
// statements had so far. The report brings the first page of statements in text order, so each group
// holds a prefix of its speaker's statements; getStatements for that speaker continues it.
import type { Statement } from '../core/types';
import { speakerKey, type SpeakerGroup } from '../shared/group-by-speaker';
import type { SpeakerSummary } from '../shared/statement-page-messages';

/** The summary's groups, in its order, each with the statements of `had` that are its speaker's. */
export function listedGroups(speakers: readonly SpeakerSummary[], had: readonly Statement[]): SpeakerGroup[] {
  const byKey = new Map<string, Statement[]>(speakers.map((speaker) => [speaker.key, []]));
  for (const statement of had) byKey.get(speakerKey(statement))?.push(statement);
  return speakers.map((speaker) => ({ ...speaker, statements: byKey.get(speaker.key) ?? [] }));
}

/** The groups with `more` of `key`'s statements after those it had. */
export function withMore(
  groups: readonly SpeakerGroup[],
  key: string,
  more: readonly Statement[],
): SpeakerGroup[] {
  return groups.map((group) =>
    group.key === key ? { ...group, statements: [...group.statements, ...more] } : group,
  );
}
