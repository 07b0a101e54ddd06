// The speaker of one cue: the phrase before it ("chief engineer Ruth Okafor said"), after an inverted cue
// ("…,” said Ruiz"), the subject of a participle or infinitive, or the clause's opening phrase.
import { documentBefore, throughDocument } from './posted-on';
import type { CueMatch } from '../cues/find-cues';
import { relationTo } from '../speakers/phrase-heads';
import { affiliatedGroup, speaksAsHead } from './affiliated-group';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import { descriptorStart } from './descriptor-start';
import { datelineEnd } from './clause-start';
import { documentIssuer, sender } from './document-issuer';
import { ownClauseSubject } from './own-clause-subject';
import { afterLongSubject, headBeforeComma } from './after-long-subject';
import { agentHead } from './agent-head';
import { namedAfterComma } from './named-after-comma';
import { loneDemonym } from './lone-demonym';
import { quotedAs, quoterStart } from './quoted-as';
import { objectInRelative, relativeHead } from './relative-head';
import { invertedSubject } from './inverted-subject';
import type { CueScan, CueSubject } from './cue-scan';
import {
  clauseSubject,
  cueNounOwner,
  modifiedSubject,
  participleSubject,
  phraseSpan,
  subjectOf,
} from './cue-subject';
import type { SpeakerPhrase } from './draft';
import { skipAfterCue, thatSoon } from './skip-adjuncts';
import { tokenAt } from '../text/token-window';
import { AFFILIATION_PREPOSITIONS, IMPERSONAL_SUBJECTS } from '../lexicon/statement-words';
import { followsPreposition } from './follows-preposition';
import { ARTICLES } from '../lexicon/function-words';
import { ofPronoun } from './of-pronoun';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import type { Token } from '../text/tokenize';

/** The speaker of cue c, or null when nothing names one; `floor` is the first token no earlier statement of
 * the sentence used, `lastPhrase` the speaker of the sentence's previous statement. */
export function cueSpeaker(
  scan: CueScan,
  c: CueMatch,
  floor: number,
  lastPhrase: SpeakerPhrase | null,
): CueSubject | null {
  const toks = scan.toks;
  floor = Math.max(floor, datelineEnd(toks)); // ("TOKYO, April 1 (Reuters) - …, with Morita saying")
  const found = scan.chained.has(c.index)
    ? subjectOnly(ownClauseSubject(toks, c.index, floor) ?? lastPhrase ?? subjectOf(toks, c.index), c)
    : (phraseNear(scan, c, floor) ?? subjectOnly(null, c));
  let phrase = found.phrase;
  let groupFirst = found.groupFirst;
  if (!phrase && c.form === 'ing') {
    phrase = participleSubject(toks, c.index, floor);
    // "“…,” he was quoted as saying": the group starts at the one quoted, so the quote before is the content
    const at =
      phrase && toks[c.index - 1]?.lower === 'as' ? toks.findIndex((t) => t.start === phrase?.start) : -1;
    if (at >= 0 && at < c.index) groupFirst = quoterStart(toks, at - 1, floor) ?? at;
  }
  if (!phrase && c.infinitive) {
    const p = clauseSubject(toks, floor, c.index - 1, true); // "Trump went on ABC to defend …"
    if (p) phrase = phraseSpan(toks, p);
  }
  // "His critics in the United States, many of them Catholics, argue that …": no phrase right before the
  // cue, but a "that" clause makes it a report; its speaker is the phrase opening the clause.
  if (
    !phrase &&
    c.form !== 'ing' &&
    ((thatSoon(toks, c.last + 1) && skipAfterCue(toks, c.last + 1, c.lemma, toks.length).hasThat) ||
      afterLongSubject(toks, c))
  ) {
    const p = clauseSubject(toks, floor, c.index) ?? headBeforeComma(toks, floor, c.index);
    if (p) phrase = phraseSpan(toks, p);
  }
  return phrase ? { ...found, phrase, groupFirst } : null;
}

const subjectOnly = (
  phrase: SpeakerPhrase | null,
  c: CueMatch,
): Omit<CueSubject, 'phrase'> & { phrase: SpeakerPhrase | null } => ({
  phrase,
  groupFirst: c.index,
  groupLast: c.last,
  inverted: false,
});

/** The phrase right before the cue (with its lowercase description), or after an inverted one. */
function phraseNear(
  scan: CueScan,
  c: CueMatch,
  floor: number,
): (Omit<CueSubject, 'phrase'> & { phrase: SpeakerPhrase | null }) | null {
  const toks = scan.toks;
  // ("The agency quoted him as saying …": the one quoted, read by participleSubject)
  if (c.form === 'ing' && quotedAs(toks, c.index - 1, floor)) return null;
  const j = skipAuxBack(toks, c.index - 1, 0);
  const before = scan.subjects.has(c.index) ? scan.subjects.get(c.index) : phraseBefore(toks, j, 0);
  const direct =
    documentBefore(toks, j, c.index, floor) ??
    objectInRelative(toks, before, j, floor) ??
    (before && (agentHead(toks, before, floor) ?? withHead(toks, before, j, floor)));
  // "Tim Guest with the Nova Scotia Health Authority says": a name after a preposition is no subject
  const near =
    (direct && followsPreposition(toks, direct) ? (affiliated(toks, j, floor) ?? direct) : direct) ??
    cueNounOwner(toks, j, floor) ??
    throughDocument(toks, j, floor) ??
    (before ? null : affiliatedGroup(toks, j, floor)) ??
    ofPronoun(toks, modifiedSubject(toks, j, floor), j) ??
    (c.form === 'ing' ? null : relativeHead(toks, j, floor));
  const raw =
    (c.form === 'ing' && near && (documentIssuer(toks, near, floor) ?? sender(toks, near, floor))) || near;
  const p = raw && !loneDemonym(scan, raw) ? raw : null;
  if (
    p &&
    !(p.kind === 'pronoun' && IMPERSONAL_SUBJECTS.has(tokenAt(toks, p.first).lower) && c.form === 'ing') &&
    !namedAfterComma(toks, c, p)
  ) {
    let phrase = phraseSpan(toks, p);
    let groupFirst = p.first;
    while (groupFirst > 0 && ARTICLES.has(tokenAt(toks, groupFirst - 1).lower)) groupFirst--;
    const described = descriptorStart(toks, groupFirst, floor);
    // "…, chief engineer Ruth Okafor said": the role belongs to the mention (and becomes the role)
    if (described < groupFirst && p.kind === 'proper')
      phrase = { ...phrase, start: tokenAt(toks, described).start };
    return { phrase, groupFirst: described, groupLast: c.last, inverted: false };
  }
  return invertedSubject(scan, c);
}

/** "a lawyer for the family said", "“…,” a narrator in the ad says": a described phrase after a preposition
 * is the head's complement; the speaker is the whole phrase from its head. */
function withHead(toks: readonly Token[], p: Phrase, j: number, floor: number): Phrase {
  if (p.kind !== 'unnamed') return p;
  const b = p.first - 1;
  const prep = tokenAt(toks, b).lower;
  if (!AFFILIATION_PREPOSITIONS.has(prep) && prep !== 'in' && !relationTo(toks, b)) return p;
  const head = modifiedSubject(toks, j, floor);
  // ("Hannah Clarke at the British Antarctic Survey said": the named head works there)
  if (head?.kind === 'proper' && head.last === b - 1) return head;
  if (head?.kind !== 'unnamed' || head.last !== b - 1) return p;
  if (!speaksAsHead(tokenAt(toks, head.last).lower, prep)) return p;
  // ("A spokeswoman for the Israeli Defense Ministry" is hers, known by whose she is, as "A spokeswoman for
  // YouTube" is)
  return { ...head, last: p.last };
}

/** The person the affiliation belongs to ("Tim Guest" with …; "A spokeswoman for Health Canada", an unnamed
 * source known by whose it is); none when that is a document ("A statement from the EU said", "A release
 * sent to media from the EU said", with its own participle phrase: the EU speaks). */
function affiliated(toks: readonly Token[], j: number, floor: number): Phrase | null {
  const p = modifiedSubject(toks, j, floor);
  if (!p || toks.slice(p.first, p.last + 1).some((t) => DOCUMENT_NOUNS.has(t.lower))) return null;
  return p.kind === 'unnamed' ? { ...p, last: j } : p;
}
