// Whether the title on a surname ("DS Reid", "Det. Reid", "Sen. Reid") is the one a person sharing that surname
// was introduced with ("Detective Sergeant Paul Reid", "Senator Harry Reid").
import { SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { TITLE_NOUNS } from '../lexicon/title-kinds';

const wordsOf = (title: string): readonly string[] =>
  title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '');

/** `w` is `full`, or the short form the lexicon gives for it ("sgt" for "sergeant"). */
const standsFor = (w: string, full: string): boolean => w === full || TITLE_NOUNS.get(w) === full;

/** `short` is the end of `full` as written, its initials ("DS", "DCI"), or its words written short ("Det.
 * Sgt."); a form of address ("Mr.", "Dr.") is no office's title. */
export function titleFits(short: string, full: string | null): boolean {
  const s = wordsOf(short);
  const f = wordsOf(full ?? '');
  if (s.length === 0 || f.length < s.length || s.some((w) => SHORT_HONORIFICS.has(w))) return false;
  const caps = /^[A-Z]{2,4}$/.exec(short.trim())?.[0].toLowerCase();
  if (caps && f.length >= caps.length && f.slice(-caps.length).every((w, i) => w[0] === caps[i])) return true;
  const tail = f.slice(-s.length);
  return s.every((w, i) => standsFor(w, tail[i] ?? ''));
}
