// Whether the title on a surname ("DS Reid", "Det. Reid", "Sen. Reid") is the one a person sharing that surname
// was introduced with ("Detective Sergeant Paul Reid", "Senator Harry Reid").
import { SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';

const wordsOf = (title: string): readonly string[] =>
  title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '');

/** `w` is `full` cut short: its first letter and then some of its letters in order ("sgt" for "sergeant"). */
const cutShort = (w: string, full: string): boolean => {
  let k = 0;
  for (const c of full) if (c === w[k]) k++;
  return w[0] === full[0] && k === w.length;
};

/** `short` is the end of `full` as written, its initials ("DS", "DCI"), or its words cut short ("Det. Sgt.");
 * a form of address ("Mr.", "Dr.") is no office's title. */
export function titleFits(short: string, full: string | null): boolean {
  const s = wordsOf(short);
  const f = wordsOf(full ?? '');
  if (s.length === 0 || f.length < s.length || s.some((w) => SHORT_HONORIFICS.has(w))) return false;
  const caps = /^[A-Z]{2,4}$/.exec(short.trim())?.[0].toLowerCase();
  if (caps && f.length >= caps.length && f.slice(-caps.length).every((w, i) => w[0] === caps[i])) return true;
  const tail = f.slice(-s.length);
  return s.every((w, i) => cutShort(w, tail[i] ?? ''));
}
