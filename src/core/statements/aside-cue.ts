// An aside cue: ", as Clyburn noted, …", "…, he said, he would leave": a cue set off by commas splits one
// statement in two, unless what follows the comma is the writer's (a participle or prepositional phrase).
import { COORDINATORS, INDEFINITE_ARTICLES, RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { NON_PARTICIPLE_ING_WORDS, SUBORDINATORS } from '../lexicon/clause-words';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/subject-words';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';
import type { CueSubject } from './cue-scan';
import { hasVerb } from './has-verb';
import { participleBy, timeFromEvent } from './time-from-event';

/** ", as Clyburn noted, …", "But as Clyburn noted, …": a cue set off by commas (or opened by "as") joins
 * its speaker to what follows the comma at `comma`, like "As the Times noted, …". */
export function isAside(
  toks: readonly Token[],
  sub: CueSubject,
  groupFirst: number,
  floor: number,
  comma: number,
): boolean {
  const before = toks[groupFirst - 1];
  const viaAs = toks[groupFirst]?.lower === 'as' && groupFirst < sub.groupFirst;
  return (
    (before?.text === ',' ||
      (viaAs &&
        (!before ||
          // "But as Clyburn noted, …", "…, and as Comey noted, …"
          (COORDINATORS.has(before.lower) &&
            (groupFirst === floor + 1 || toks[groupFirst - 2]?.text === ','))))) &&
    !sub.inverted &&
    // ("Pete Buttigieg, who did not testify, said …": a relative clause, whose antecedent's verb follows)
    !RELATIVE_WHO.has(toks[sub.groupFirst]?.lower ?? '') &&
    !INDEFINITE_ARTICLES.has(toks[comma + 1]?.lower ?? '') &&
    // ("Talks stalled, mediators said, dimming hopes for a deal": a participle phrase after it is the
    // writer's; "…, he said, replacing her would be …" opens a clause with a verb)
    !(participle(toks[comma + 1]) && !finiteIn(toks, comma + 2, ownClauseEnd(toks, comma + 2))) &&
    // ("…, the union said, in one of the largest strikes in its history": a phrase with no clause; "for"
    // may join one: "…, Ana Ruiz said, for the pool costs twice as much")
    !(phrasePreposition(toks[comma + 1]) && !hasVerb(toks, comma + 2, toks.length)) &&
    !timeFromEvent(toks, comma + 1) &&
    !participleBy(toks, comma + 1) &&
    !asMeanwhile(toks, comma + 1)
  );
}

/** "…, diplomats said, as Gulf envoys shuttled between capitals": "as" and a subject of its own opens what
 * was happening meanwhile, the writer's; "as long as both sides comply" is still what was said. */
const asMeanwhile = (toks: readonly Token[], k: number): boolean =>
  toks[k]?.lower === 'as' &&
  (DETERMINERS.has(toks[k + 1]?.lower ?? '') ||
    SUBJECT_PRONOUNS.has(toks[k + 1]?.lower ?? '') ||
    toks[k + 1]?.cap === true);

/** Where the phrase from `from` ends before a clause of its own ("asking not to be identified | because the
 * talks are private"), whose verb is no verb of the phrase. */
function ownClauseEnd(toks: readonly Token[], from: number): number {
  const sub = toks.findIndex((t, k) => k >= from && SUBORDINATORS.has(t.lower));
  return sub < 0 ? toks.length : sub;
}

/** A finite verb from `from` to `to`: not a participle after "be" ("asking not to be identified"). */
function finiteIn(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (hasVerb(toks, k, k + 1) && !INFINITE_BEFORE.has(toks[k - 1]?.lower ?? '')) return true;
  return false;
}
const INFINITE_BEFORE: ReadonlySet<string> = new Set(['be', 'being']);

/** An -ing word that opens a participle phrase ("dimming", not "including" or "morning"). */
const participle = (t: Token | undefined): boolean =>
  !!t && /^\p{Ll}+ing$/u.test(t.text) && !NON_PARTICIPLE_ING_WORDS.has(t.lower);

/** A preposition opening a phrase, not "for" joining a clause. */
const phrasePreposition = (t: Token | undefined): boolean =>
  !!t && PREPOSITIONS.has(t.lower) && t.lower !== 'for';
