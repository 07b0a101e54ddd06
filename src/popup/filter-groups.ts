// The popup's two filters, by speaker and by speaker type, applied to the grouped list.
import type { GroupType, SpeakerGroup } from '../shared/group-by-speaker';

/** "all" or a value the user picked; an unknown value filters everything out rather than nothing. */
export interface GroupFilter {
  readonly speaker: string;
  readonly type: GroupType | 'all';
}

export const NO_FILTER: GroupFilter = { speaker: 'all', type: 'all' };

export function filterGroups(groups: readonly SpeakerGroup[], filter: GroupFilter): SpeakerGroup[] {
  return groups.filter(
    (g) =>
      (filter.speaker === 'all' || g.key === filter.speaker) &&
      (filter.type === 'all' || g.type === filter.type),
  );
}

/** The speaker types present, in a fixed order, for the type filter's options. */
export function typesPresent(groups: readonly SpeakerGroup[]): GroupType[] {
  const ORDER: readonly GroupType[] = ['person', 'organization', 'unnamed', 'unknown', 'none'];
  const present = new Set(groups.map((g) => g.type));
  return ORDER.filter((t) => present.has(t));
}
