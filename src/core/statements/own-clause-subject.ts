// "When Winfrey asked if he could share the questions, he declined, saying …": a participle chained to an
// earlier cue belongs to the clause right before its comma when that clause has a subject and verb of its
// own, not to the earlier cue's speaker.
import { phraseBefore } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { phraseSpan } from './cue-subject';
import type { SpeakerPhrase } from './draft';

/** What may stand before that clause's subject: a comma, or a conjunction joining it. */
const CLAUSE_JOINS = new Set([',', 'and', 'but', 'then']);

/** The subject of "<subject> <verb>-ed," right before the participle at `cue`, if any. */
export function ownClauseSubject(toks: readonly Token[], cue: number, floor: number): SpeakerPhrase | null {
  const verb = toks[cue - 2];
  if (toks[cue - 1]?.text !== ',' || !verb?.word || verb.cap || !/ed$/.test(verb.lower)) return null;
  const p = phraseBefore(toks, cue - 3, floor);
  if (!p || (p.kind !== 'pronoun' && p.kind !== 'proper')) return null;
  const before = toks[p.first - 1];
  return !before || CLAUSE_JOINS.has(before.lower) ? phraseSpan(toks, p) : null;
}
