// The words of a person's name as the entity table indexes them: the surname, the first and the other given
// names, without a generational suffix ("Jr.").
import { isNameSuffix } from '../text/name-suffix';

export const words = (name: string): string[] => name.split(/\s+/).filter((w) => !isNameSuffix(w));
export const surnameOf = (name: string): string => (words(name).at(-1) ?? name).toLowerCase();
export const firstOf = (name: string): string => (words(name)[0] ?? name).toLowerCase();
/** The first name, and a name a particle follows, which some go by ("Luiz Inácio Lula da Silva": "Lula");
 * one word alone has none. */
export function givenNames(name: string): string[] {
  const ws = words(name);
  if (ws.length < 2) return [];
  const before = ws.filter((w, k) => k > 0 && /^\p{Lu}\p{Ll}/u.test(w) && /^\p{Ll}/u.test(ws[k + 1] ?? ''));
  return [firstOf(name), ...before.map((w) => w.toLowerCase())];
}
