// "His son, Marc, moved home to help. … “…,” his son replied": an unnamed speaker named by someone's
// description ("Gilles Arsenault’s son") is the person the article gave that description as their role.
import type { EntityRecord } from './entity-record';
import { shownRole } from './entity-role';
import type { ResolvedSpeaker } from './resolve-phrase';

/** The speakers as their entities now stand (the fullest name, the role to show), with an unnamed one whose
 * name is a person's shown role given to that person. */
export function shownSpeakers(
  resolved: readonly (ResolvedSpeaker | null)[],
  entities: readonly EntityRecord[],
): (ResolvedSpeaker | null)[] {
  const speakers = resolved.map((s) => {
    const e = s && s.entity !== null ? entities[s.entity] : undefined;
    return s && (e ? { ...s, name: e.name, role: shownRole(e), type: e.type } : s);
  });
  const byRole = new Map<string, EntityRecord>();
  for (const e of entities) {
    const role = e.type === 'person' && !e.plural ? shownRole(e) : null;
    // (only someone's: "Gilles Arsenault’s son", not a role many may share, "a spokesman")
    if (role && /[’']s\s/.test(role)) byRole.set(role.toLowerCase(), e);
  }
  if (byRole.size === 0) return speakers;
  return speakers.map((s) => {
    const e = s?.type === 'unnamed' ? byRole.get(s.name.toLowerCase()) : undefined;
    return s && e ? { ...s, name: e.name, type: e.type, role: shownRole(e), entity: e.key } : s;
  });
}
