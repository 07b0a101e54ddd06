// Whether a word is a name written with its particle joined by a hyphen ("al-Ansari") or an apostrophe
// ("d'Entremont"), or with Irish's prefixed "h" ("Ó hUiginn").
import { NAME_PARTICLES } from '../lexicon/first-names';

/** "al-Ansari", "el-Sisi": a particle joined by a hyphen to the capitalised rest of a name; "d'Entremont",
 * "d’Alembert": French "de" elided before it; "hUiginn": an Irish surname's prefixed "h". */
export function particleJoined(text: string): boolean {
  const n = text.length;
  // ("Kevin Ó hUiginn", "Máire Ní hAodha": an Irish surname's "h" before its capital vowel)
  if (n > 3 && text.charCodeAt(0) === 104 && /^h[AEIOUÁÉÍÓÚ]\p{Ll}/u.test(text)) return true;
  if (n > 3 && text.charCodeAt(0) === 100 && (text[1] === "'" || text[1] === '’'))
    return /^\p{Lu}/u.test(text.slice(2));
  // (particles have two, three or five letters, so the hyphen can only be there, with a capital after it:
  // most words stop here; a char code past a word's end is slow to ask for)
  const at = (k: number): boolean => n > k + 1 && text.charCodeAt(k) === 45;
  const h = at(2) ? 2 : at(3) ? 3 : at(5) ? 5 : -1;
  if (h < 0) return false;
  return NAME_PARTICLES.has(text.slice(0, h).toLowerCase()) && /^\p{Lu}/u.test(text.slice(h + 1));
}
