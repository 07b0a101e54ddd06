// "One cabinet minister said …. Another, who asked not to be named, said": "another" alone is one more of
// the kind of unnamed source counted just before, not the word itself.
import type { SeenMention } from './pronoun-antecedent';

/** How far back (characters) the counted source may be. */
const WINDOW = 1500;
/** A counted unnamed source: "One cabinet minister", "A senior official", "an aide". */
const COUNTED = /^(?:one|an?)\s+(\p{L}[\p{L} '’-]*)$/iu;

/** "another cabinet minister" for a source named only "Another" after "One cabinet minister", or null. */
export function anotherOf(name: string, seen: readonly SeenMention[], start: number): string | null {
  if (name.trim().toLowerCase() !== 'another') return null;
  const m = seen.findLast((s) => s.start < start && start - s.start <= WINDOW && s.entity.type === 'unnamed');
  const kind = m ? COUNTED.exec(m.entity.name)?.[1] : undefined;
  return kind ? `another ${kind}` : null;
}
