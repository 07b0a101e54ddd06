// The sections of a long text (text/sections.ts) back into one list: each section's statements from its
// own text (not its context), and one speaker id per person or organisation across sections, so a long
// article's panel shows each speaker once, with the aliases every section found.
import type { Speaker } from '../types';
import type { Draft } from './draft';

export interface SectionDrafts {
  readonly drafts: readonly Draft[];
  /** One per draft, from resolveCoreference. */
  readonly speakers: readonly (Speaker | null)[];
  /** Where the section's own text starts. */
  readonly from: number;
}

export function joinSections(sections: readonly SectionDrafts[]): {
  drafts: readonly Draft[];
  speakers: readonly (Speaker | null)[];
} {
  const [only] = sections;
  if (sections.length === 1 && only) return only; // an article-sized text: as resolved
  const drafts: Draft[] = [];
  const found: (Speaker | null)[] = [];
  const ids = new Map<string, string>();
  const aliases = new Map<string, Set<string>>();
  sections.forEach(({ drafts: own, speakers, from }, k) =>
    own.forEach((d, i) => {
      if (d.start < from) return; // the section before found it, with its own context
      const s = speakers[i] ?? null;
      drafts.push(d);
      if (!s) return void found.push(null);
      // An unresolved speaker ("she" with no antecedent) stays a speaker of its own.
      const key = s.type === 'unknown' ? `${k}:${s.id}` : `${s.type}:${s.name.toLowerCase()}`;
      const id = ids.get(key) ?? `e${ids.size + 1}`;
      ids.set(key, id);
      const all = aliases.get(id) ?? new Set<string>();
      for (const a of s.aliases) all.add(a);
      aliases.set(id, all);
      found.push({ ...s, id });
    }),
  );
  // One alias list per speaker, shared by its statements: a name quoted in every story of a long archive
  // would otherwise get its whole list copied once per statement.
  const lists = new Map([...aliases].map(([id, all]) => [id, [...all]]));
  const speakers = found.map((s) => s && { ...s, aliases: lists.get(s.id) ?? [] });
  return { drafts, speakers };
}
