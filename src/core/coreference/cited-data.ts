// "…, according to LSEG data": an organisation cited for figures (split from described-org.ts).
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';

/** "…, according to LSEG data": a provider of the figures cited, not the company the story then calls "the
 * company". */
export function citedData(text: string, start: number): boolean {
  if (!/according to\s+$/i.test(text.slice(Math.max(0, start - 14), start))) return false;
  // (the first lowercase word after the name's capitalised words: "FactSet Research data")
  const next = /^(?:[^\s\p{Ll}]\S*\s+)+(\p{Ll}+)/u.exec(text.slice(start, start + 60))?.[1] ?? '';
  return DOCUMENT_NOUNS.has(next);
}
