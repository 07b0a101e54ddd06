// A document speaks for its owner: "her statement said", "Infrastructure Canada’s public database shows".
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';

/** "her statement" → "her"; "Infrastructure Canada’s public database" → "Infrastructure Canada"; null when
 * no document is named. */
export function documentOwner(said: string): string | null {
  const m = /^(.+?)(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}]+)$/u.exec(said);
  if (!m || !DOCUMENT_NOUNS.has(m[2] ?? '')) return null;
  const owner = m[1] ?? '';
  const possessive = /[’']s\s/.test(said.slice(owner.length, owner.length + 3));
  return possessive || THIRD_PERSON_POSSESSIVES.has(owner.toLowerCase()) ? owner : null;
}
