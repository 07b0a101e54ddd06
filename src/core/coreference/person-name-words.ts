// The words of a person's name as the entity table indexes them: the surname, the first and the other given
// names, without a generational suffix ("Jr.").
import { isOrganizationName } from '../speakers/organization-name';
import { isNameSuffix } from '../text/name-suffix';
import { withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { SURNAME_ARTICLES, VIETNAMESE_MIDDLE_NAMES, VIETNAMESE_SURNAMES } from '../lexicon/surname-words';
import { withoutAccents } from '../lexicon/word-list';
import { FIRST_NAMES } from '../lexicon/first-names';
import { PROGRAMME_NOUNS } from '../lexicon/addressees';

export const words = (name: string): string[] => name.split(/\s+/).filter((w) => !isNameSuffix(w));
/** A Korean given name after the surname: two syllables joined by a hyphen ("Moon-soo", "Jae-myung"). */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** "Kim Moon-soo" is Kim: a surname written first, before a hyphened given name; so is "Nguyen Thi Lan",
 * before a Vietnamese middle name (its "Van" capitalised, unlike "Vincent van Gogh"'s). */
export const surnameFirst = (ws: readonly string[]): boolean =>
  (ws.length === 2 && HYPHENED_GIVEN_NAME.test(ws[1] ?? '')) ||
  (ws.length === 3 &&
    VIETNAMESE_SURNAMES.has(withoutAccents((ws[0] ?? '').toLowerCase())) &&
    /^\p{Lu}/u.test(ws[1] ?? '') &&
    VIETNAMESE_MIDDLE_NAMES.has((ws[1] ?? '').toLowerCase()));

/** "al-Sisi" → "Sisi": an Arabic surname's article, which a later mention may drop. */
function withoutArticle(surname: string): string {
  const hyphen = surname.indexOf('-');
  const rest = surname.slice(hyphen + 1);
  return hyphen > 0 && SURNAME_ARTICLES.has(surname.slice(0, hyphen).toLowerCase()) && /^\p{Lu}/u.test(rest)
    ? rest
    : surname;
}
export const surnameOf = (name: string): string => {
  const ws = words(name);
  return withoutArticle((surnameFirst(ws) ? ws[0] : ws.at(-1)) ?? name).toLowerCase();
};
const firstOf = (name: string): string => {
  const ws = words(name);
  return ((surnameFirst(ws) ? ws.at(-1) : ws[0]) ?? name).toLowerCase(); // ("Nguyen Thi Lan": Lan)
};
/** The first name and the other names someone may go by: one a particle follows ("Luiz Inácio Lula da Silva":
 * "Lula") or an inner name no list gives as a first name ("Javier Ortega Ruiz": "Ortega"); one word alone
 * has none. */
export function givenNames(name: string): string[] {
  const ws = words(name);
  if (ws.length < 2) return [];
  // ("Javier Ortega Ruiz": "Ortega", the first of two surnames, which a Spanish name goes by; not a
  // middle name, "Mary Ellen Smith"; nor a host's name in a show's, "Rachel Maddow Show")
  const show = PROGRAMME_NOUNS.has((ws.at(-1) ?? '').toLowerCase());
  const inner = (w: string, k: number): boolean =>
    /^\p{Ll}/u.test(ws[k + 1] ?? '') || (k < ws.length - 1 && !show && !FIRST_NAMES.has(w.toLowerCase()));
  const before = ws.filter((w, k) => k > 0 && /^\p{Lu}\p{Ll}/u.test(w) && inner(w, k));
  return [firstOf(name), ...before.map((w) => w.toLowerCase())];
}

/** The surname among a name's tokens, as written ("Nguyen" of "Nguyen Thi Lan", "Sisi" of "al-Sisi's"). */
export const tokenSurname = (toks: readonly Token[]): string => {
  const real = toks.filter((t) => !isNameSuffix(t.text));
  const at = surnameFirst(real.map((t) => t.text)) ? 0 : real.length - 1;
  return withoutArticle(withoutPossessive((real[at] ?? tokenAt(toks, toks.length - 1)).text));
};

/** The same first name and generation: "Héctor Colón Jr." is not his father "Héctor Colón". */
export const sameFirst = (a: string, b: string): boolean =>
  firstOf(a) === firstOf(b) && generation(a) === generation(b);
/** A name's generational suffix ("jr", "sr", "iii"), or "" when it has none. */
export const generation = (name: string): string => {
  const last = name.split(/\s+/).at(-1) ?? '';
  return isNameSuffix(last) ? last.toLowerCase().replace(/\.$/, '') : '';
};

/** `name` ends with the word or words `tail`, whatever their case ("Taoiseach Leo Varadkar", "Leo
 * Varadkar"). */
export const lowerEnds = (name: string, tail: string): boolean =>
  name.toLowerCase().endsWith(` ${tail.toLowerCase()}`);

/** "Guzmán" in "Lorena Guzmán Félix": a surname inside a person's full name that opens on a known given
 * name (not a firm's, "Holt Ramaswamy LLP"). */
export function innerSurname(name: string, word: string): boolean {
  const ws = words(name);
  return (
    ws.length > 2 &&
    FIRST_NAMES.has((ws[0] ?? '').toLowerCase()) &&
    ws.slice(1, -1).includes(word) &&
    !isOrganizationName(name)
  );
}
