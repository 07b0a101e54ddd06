// What every cue of one sentence shares while its statements are read: the sentence, which cues are chained
// to an earlier one ("… and added"), which tokens start a finite clause, and the subject before each cue.
import { datelineEnd } from './clause-start';
import type { CueMatch } from '../cues/find-cues';
import type { Sentence } from '../sentences/split-sentences';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words';
import { isChained } from './cue-subject';
import type { SpeakerPhrase } from './draft';
import { skipAfterCue } from './skip-adjuncts';

export interface CueScan {
  readonly text: string;
  readonly s: Sentence;
  readonly toks: readonly Token[];
  /** Cue indices chained to an earlier cue ("… and added", "…, saying"). */
  readonly chained: ReadonlySet<number>;
  /** Token indices where a finite clause of another speaker starts (later content ends there). */
  readonly finite: ReadonlySet<number>;
  /** Cue index → the phrase right before it. */
  readonly subjects: ReadonlyMap<number, Phrase | null>;
  readonly isKnownSpeaker: (word: string) => boolean;
}

/** Who a cue's statement belongs to and the tokens the speaker phrase and cue cover together. */
export interface CueSubject {
  readonly phrase: SpeakerPhrase;
  /** First token of the speaker group before the cue (or the cue itself). */
  readonly groupFirst: number;
  /** Last token of the cue, or of the speaker after an inverted cue ("said Ruiz"). */
  readonly groupLast: number;
  readonly inverted: boolean;
}

export function scanCues(
  text: string,
  s: Sentence,
  cues: readonly CueMatch[],
  isKnownSpeaker: (word: string) => boolean,
): CueScan {
  const toks = s.tokens;
  const chained = new Set(cues.filter((c) => isChained(toks, c)).map((c) => c.index));
  const finite = new Set(cues.filter((c) => c.form === 's' || c.form === 'ed').map((c) => c.index));
  // Where a later cue's own subject begins ("…, and when asked, he said"), earlier content ends.
  const subjects = new Map<number, Phrase | null>();
  // (a wire dateline's place is never the subject: "DAMASCUS, Feb 4 (Reuters) - Syria's president, …, said")
  const subjectFloor = datelineEnd(toks);
  for (const c of cues) {
    if (chained.has(c.index)) continue;
    const p = phraseBefore(toks, skipAuxBack(toks, c.index - 1, 0), subjectFloor);
    subjects.set(c.index, p);
    if (p && c.form !== 'ing' && (p.kind !== 'unnamed' || reportFollows(toks, c))) finite.add(p.first);
  }
  return { text, s, toks, chained, finite, subjects, isKnownSpeaker };
}

/** "…, and other GOP leaders said he’s …", "…, police said.": a described subject starts a clause of its
 * own only when its cue plainly reports (a stop, "that" or a subject pronoun after it), not in "… and his
 * wife will also speak at the convention". */
function reportFollows(toks: readonly Token[], c: CueMatch): boolean {
  const next = toks[c.last + 1];
  return (
    !next ||
    !next.word ||
    next.lower === 'that' ||
    SUBJECT_PRONOUNS.has(next.lower) ||
    // ("…, but her office said in an email that …": past the cue's adjuncts to its "that"; "…, federal
    // investigators said Tuesday.": to the sentence's end)
    reportAfterAdjuncts(toks, c)
  );
}

/** Past the cue's adjuncts, the sentence ends ("…, police said Tuesday."). */
export function endsAfterAdjuncts(toks: readonly Token[], c: CueMatch): boolean {
  const after = skipAfterCue(toks, c.last + 1, c.lemma, toks.length);
  return !after.hasThat && (after.index >= toks.length || /^[.!?]$/.test(toks[after.index]?.text ?? ''));
}

/** Past the cue's adjuncts, a "that" or the sentence's end. */
function reportAfterAdjuncts(toks: readonly Token[], c: CueMatch): boolean {
  return endsAfterAdjuncts(toks, c) || skipAfterCue(toks, c.last + 1, c.lemma, toks.length).hasThat;
}
