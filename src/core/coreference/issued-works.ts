// "Dimitri Petrakis, said in a statement released through an attorney that …. “…,” the statement said": the
// statement is the words of whoever made it. Statements are read in order; each one made "in a statement"
// (or a letter, a filing) notes its speaker, and a later "the statement" with the same noun, or "it read",
// is that speaker. This reads the resolved speaker, so an apposition or a description ("The sheriff's office
// said in a written statement") owns its statement as well as a bare name does.
import { CONTENT_OPENERS, READING_CUES, SENT_WORKS, WORK_PREPOSITIONS } from '../lexicon/document-nouns';
import { ARTICLES } from '../lexicon/function-words';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import type { Span } from '../types';
import { alternation } from '../text/alternation';
import type { EntityRecord } from './entity-table';

export interface IssuedWork {
  /** The work's noun, lower case ("statement"). */
  readonly noun: string;
  readonly at: number;
  /** The text read for the work's mention (the speaker phrase's sentence to the words said). */
  readonly from: number;
  readonly to: number;
  readonly entity: EntityRecord;
}

/** How far back (characters) "the statement" looks for the statement someone made. */
const WORK_WINDOW = 2000;
/** How far back "it read" looks: only the work just introduced. */
const READ_WINDOW = 600;
/** How much text around a speaker phrase and its cue names the work the words were made in. */
const NEAR = 80;
/** "in a brief written statement", "in its filing", "via a statement". */
const MADE_IN = new RegExp(
  String.raw`\b(?:${alternation(WORK_PREPOSITIONS)})\s+(?:${alternation([...ARTICLES, ...THIRD_PERSON_POSSESSIVES])})\s+(?:[\p{L}-]+\s+){0,2}?(${alternation(SENT_WORKS)})\b`,
  'giu',
);
const WORD = /\p{L}+/gu;
const WORK_WORD = new RegExp(String.raw`\b(?:${alternation(SENT_WORKS)})\b`, 'giu');
/** The same, for a test that keeps no position between calls. */
const WORK_NEAR = new RegExp(WORK_WORD.source, 'iu');
/** "the statement", "the written statement". */
const DEFINITE_WORK = /^the\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)$/iu;

/** The works a statement says its words were made in, noted as made by `entity`: "in a statement" in the
 * phrase's sentence before it or after its cue (up to the words said), or the work in the phrase itself
 * ("a statement from the company"). Each keeps the stretch of text it was read from. */
export function worksMadeIn(
  text: string,
  phrase: Span,
  cue: Span | null,
  entity: EntityRecord,
): IssuedWork[] {
  const at = Math.max(cue?.end ?? 0, phrase.end);
  // (most statements name no work near them: one scan says so before any slicing)
  const near = text.slice(Math.max(0, phrase.start - NEAR), at + NEAR);
  if (!WORK_NEAR.test(near)) return [];
  const lead = text.slice(Math.max(0, phrase.start - NEAR), phrase.start);
  const before = lead.split(/[.!?]\s|["“”]/).at(-1) ?? '';
  const after = wordsUntilContent(text.slice(at, at + NEAR).split(/[.!?;:"“”]/)[0] ?? '');
  const made = [...`${before} … ${after}`.matchAll(MADE_IN)].map((m) => m[1] ?? '');
  const named = [...text.slice(phrase.start, phrase.end).matchAll(WORK_WORD)].map((m) => m[0]);
  const from = phrase.start - before.length;
  const to = at + after.length;
  return [...made, ...named].map((w) => ({ noun: w.toLowerCase(), at: phrase.start, from, to, entity }));
}

/** The words after a cue up to what was said ("in a statement released through an attorney | that …"). */
function wordsUntilContent(after: string): string {
  for (const m of after.matchAll(WORD))
    if (CONTENT_OPENERS.has(m[0].toLowerCase())) return after.slice(0, m.index);
  return after;
}

/** Who made the work "the statement" (written `said` at `start`) or "it" reading from one stands for: only
 * the work last mentioned, so a statement someone else "released" since is not theirs. */
export function issuerOf(
  text: string,
  works: readonly IssuedWork[],
  said: string,
  start: number,
  cue: string | null,
): EntityRecord | null {
  const noun = DEFINITE_WORK.exec(said)?.[1]?.toLowerCase();
  const reading = said.toLowerCase() === 'it' && cue !== null && READING_CUES.has(cue);
  if (!reading && (noun === undefined || !SENT_WORKS.has(noun))) return null;
  const reach = reading ? READ_WINDOW : WORK_WINDOW;
  const from = Math.max(0, start - reach);
  let last = -1;
  for (const m of text.slice(from, start).matchAll(WORK_WORD))
    if (reading || m[0].toLowerCase() === noun) last = from + m.index;
  for (let i = works.length - 1; i >= 0; i--) {
    const w = works[i];
    if (!w || w.at >= start) continue;
    if (start - w.at > reach) return null;
    if (reading || w.noun === noun) return last >= w.from && last < w.to ? w.entity : null;
  }
  return null;
}
