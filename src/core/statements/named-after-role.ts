// The name in apposition to a role opening a clause ("France’s far-right party leader, Marine Le Pen,
// voiced …"), who a participle's or chained cue's subject is. Split from cue-subject.ts.
import { TITLE_WORDS } from '../lexicon/titles';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { phraseAfter } from '../speakers/phrase-after';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest role before its appositive name ("France’s far-right National Front party leader"), in tokens. */
const MAX_ROLE = 8;

/** "France’s far-right party leader, Marine Le Pen, voiced …": the name in apposition to a role opening
 * the clause at k is who the subject is. */
export function namedAfterRole(toks: readonly Token[], k: number, before: number): Phrase | null {
  let c = k;
  while (c < before && c - k <= MAX_ROLE && tokenAt(toks, c).word) c++;
  // ("The United Nations special envoy for Syria, Geir Pedersen,": the role before its place)
  const tail = toks.slice(k, c).findLastIndex((t) => PHRASE_TAIL_PREPOSITIONS.has(t.lower));
  const role = tokenAt(toks, tail > 0 && tokenAt(toks, c - 1).cap ? k + tail - 1 : c - 1);
  // ("The Queensland Integrity Commissioner, Raymond Ogunleye,": a title may be capitalised)
  if (
    toks[c]?.text !== ',' ||
    (role.cap && !TITLE_WORDS.has(role.lower)) ||
    !(
      PERSON_ROLE_NOUNS.has(role.lower) ||
      UNNAMED_SOURCE_NOUNS.has(role.lower) ||
      TITLE_WORDS.has(role.lower)
    )
  )
    return null;
  // (the name opens the apposition: "Several conservatives, including Senator Rand Paul, …" names an example)
  const q = toks[c + 1]?.cap ? phraseAfter(toks, c + 1, before - 1) : null;
  return q?.kind === 'proper' && toks[q.last + 1]?.text === ',' ? q : null;
}
