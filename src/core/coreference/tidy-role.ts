// The role an entity keeps, as the card shows it: without the honorific that closes it ("Judge Mr" →
// "Judge"), the other person's part of a pair ("Florida Gov. Ron DeSantis and former U.N. Ambassador" →
// "former U.N. Ambassador"; "Dale and" → none) and an owner's possessive standing alone ("Pimco’s" → "Pimco").
import { TITLE_WORDS } from '../lexicon/titles';
import { KIN_ORDER_WORDS } from '../lexicon/coreference-words';
import { withoutHonorific } from '../speakers/role-end';
import { withoutPossessive } from '../text/possessive';

/** "… Ron DeSantis and former U.N. Ambassador": what is left after another person's name and "and". */
function ownPart(role: string): string {
  const words = role.split(' ');
  const and = words.lastIndexOf('and');
  const before = (words[and - 1] ?? '').replace(/\.$/, '').toLowerCase();
  // (not an office's object, nor its list: "Minister of Industry and Trade", "Minister for Foreign Affairs and
  // Trade", "for Agriculture, Food and the Marine")
  const office = (w: string, k: number): boolean =>
    (w === 'of' || w === 'for') && TITLE_WORDS.has((words[k - 1] ?? '').toLowerCase());
  const object = words.slice(0, and).some(office) || /,$/.test(words[and - 2] ?? '');
  const named = and > 1 && /^\p{Lu}/u.test(words[and - 1] ?? '') && !TITLE_WORDS.has(before) && !object;
  // (a role of its own after "and": lowercase or an office, not the rest of a name: "Search and Rescue")
  const after = words[and + 1] ?? '';
  // ("Saint Vincent and the Grenadines Prime Minister": not a place's "and the")
  const own =
    (/^\p{Ll}/u.test(after) && !(after === 'the' && /^\p{Lu}/u.test(words[and + 2] ?? ''))) ||
    TITLE_WORDS.has(after.replace(/\.$/, '').toLowerCase());
  return named && own ? words.slice(and + 1).join(' ') : role;
}

/** A name's capitalised words and their possessive, and nothing else ("Scottish Labour's"). */
const OWNER_ALONE = /^(?:\p{Lu}\S*\s)*\p{Lu}\S*$/u;

export function tidyRole(role: string | null): string | null {
  if (!role) return role;
  // ("Dale and Martha Fry": another's given name and "and" are no role)
  if (/\sand$/.test(role)) return null;
  // ("the elder Arsenault": which of two Arsenaults, not what either does)
  if (KIN_ORDER_WORDS.has(role.toLowerCase().replace(/^the\s+/, ''))) return null;
  const own = withoutHonorific(ownPart(role));
  // ("Pimco’s Libby Cantrill", "Scottish Labour's Aileen Cowan": the owner alone, without its possessive)
  return own && OWNER_ALONE.test(own) ? withoutPossessive(own) : own;
}
