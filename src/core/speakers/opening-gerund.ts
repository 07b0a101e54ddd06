// "Having Billy Eichner show up …": a sentence's opening gerund is no part of the name after it.
import { FIRST_NAMES } from '../lexicon/first-names';
import { TITLE_WORDS } from '../lexicon/titles';

/** A capitalised -ing word opening a phrase ("Having", "Watching"). */
const OPENING_GERUND = /^\s*\p{Lu}\p{Ll}{2,}ing\s+/u;

/** "Having Billy Eichner show up …", "Watching Serena Williams …": a sentence's opening gerund before a given
 * name is no part of the name nor a role ("Managing Director Jane Smith", "Acting Mayor …" have a title). */
export function withoutOpeningGerund(phrase: string): string {
  const gerund = OPENING_GERUND.exec(phrase)?.[0];
  if (!gerund) return phrase;
  const rest = phrase.slice(gerund.length);
  const next = rest.split(/\s/, 1)[0]?.toLowerCase() ?? '';
  const word = gerund.trim().toLowerCase();
  return FIRST_NAMES.has(next) && !FIRST_NAMES.has(word) && !TITLE_WORDS.has(word) ? rest : phrase;
}
