// A cue whose subject is too long for any rule to reach back through ("The employee, a Republican who spoke
// on condition of anonymity for fear of losing her job, said she …"): the clause's opening phrase speaks.
import type { CueMatch } from '../cues/find-cues';
import type { Token } from '../text/tokenize';
import { hasVerb } from './has-verb';
import type { Phrase } from '../speakers/speaker-phrase';
import { modifiedSubject } from './cue-subject';

/** "The employee, a Republican who spoke on condition of anonymity, said she …": "said" after the comma or
 * dash closing a subject too long to reach back through, before a clause with its verb ahead of any comma
 * (not "…, say oceanographers, but …" or "…, said the company's chief executive, John Ferriola"). */
export function afterLongSubject(toks: readonly Token[], c: CueMatch): boolean {
  const prev = toks[c.index - 1]?.text ?? '';
  if (c.lemma !== 'say' || c.infinitive || !(prev === ',' || prev === '—' || prev === '–')) return false;
  // ("…, said Riyadh still believed a deal was within reach": a name may open the clause, its verb after it)
  if (!toks[c.last + 1]?.word) return false;
  return hasVerb(toks, c.last + 1, Math.min(firstCommaFrom(toks, c.last + 1), toks.length));
}

/** "The 23-year-old from Mississauga, Ont., said …": the head before the postmodifier that the clause's first
 * comma closes (a place and its province after it). */
export function headBeforeComma(toks: readonly Token[], floor: number, before: number): Phrase | null {
  const comma = firstCommaFrom(toks, floor);
  return comma < before ? modifiedSubject(toks, comma - 1, floor) : null;
}

/** Each sentence's comma indices, in order: every cue of a long sentence asks for the first one after a point,
 * and a scan per cue would make a sentence of many cues quadratic. Keyed weakly by the sentence's tokens. */
const COMMAS = new WeakMap<readonly Token[], readonly number[]>();

/** The index of the first comma at or after token `from`, Infinity when there is none. */
function firstCommaFrom(toks: readonly Token[], from: number): number {
  let commas = COMMAS.get(toks);
  if (!commas) {
    const found: number[] = [];
    toks.forEach((t, k) => {
      if (t.text === ',') found.push(k);
    });
    COMMAS.set(toks, (commas = found));
  }
  let lo = 0;
  let hi = commas.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((commas[mid] ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  return commas[lo] ?? Infinity;
}
