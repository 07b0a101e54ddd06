// A cue whose subject is too long for any rule to reach back through ("The employee, a Republican who spoke
// on condition of anonymity for fear of losing her job, said she …"): the clause's opening phrase speaks.
import type { CueMatch } from '../cues/find-cues';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { hasVerb } from './has-verb';
import type { Phrase } from '../speakers/speaker-phrase';
import { modifiedSubject } from './cue-subject';

/** "The employee, a Republican who spoke on condition of anonymity, said she …": "said" after the comma or
 * dash closing a subject too long to reach back through, before a clause with its verb ahead of any comma
 * (not "…, say oceanographers, but …" or "…, said the company's chief executive, John Ferriola"). */
export function afterLongSubject(toks: readonly Token[], c: CueMatch): boolean {
  const prev = toks[c.index - 1]?.text ?? '';
  if (c.lemma !== 'say' || c.infinitive || !(prev === ',' || prev === '—' || prev === '–')) return false;
  const next = toks[c.last + 1];
  if (!next?.word || next.cap) return false;
  let comma = c.last + 1;
  while (comma < toks.length && tokenAt(toks, comma).text !== ',') comma++;
  return hasVerb(toks, c.last + 1, comma);
}

/** "The 23-year-old from Mississauga, Ont., said …": the head before the postmodifier that the clause's first
 * comma closes (a place and its province after it). */
export function headBeforeComma(toks: readonly Token[], floor: number, before: number): Phrase | null {
  let comma = floor;
  while (comma < before && tokenAt(toks, comma).text !== ',') comma++;
  return comma < before ? modifiedSubject(toks, comma - 1, floor) : null;
}
