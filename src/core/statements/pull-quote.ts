// A pull quote: a sentence and then, closing its paragraph, the bare name of who said it ("Governments at
// all levels will need to take real steps. Matt Danison, Rentals.ca"), as news sites set a quote apart
// from the story with its speaker under it.
import { FIRST_NAMES } from '../lexicon/first-names';
import type { Sentence } from '../sentences/split-sentences';
import { trimContent, wordCount, type Draft } from './draft';
import { makeDraft } from './make-draft';

/** A full name ("Morgan McNeely"), then perhaps a comma and where the person works ("Rentals.ca"). */
const NAME_LINE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s+\p{Lu}[\p{L}\d.&’' -]{0,40})?$/u;
/** How far after the name its line must end, in characters (only spaces may sit between). */
const LINE_END_REACH = 80;
/** Fewest words of a pull quote: a caption's fragment is not one. */
const MIN_WORDS = 6;

/** How far around the pull quote the story is searched for its speaker, in characters. */
const STORY_REACH = 4000;

/** The speaker's surname also appears in the story's own sentences near by: a writer signing off each item
 * of a news digest (a byline under every paragraph) is never named in them. */
function namedInStory(text: string, at: number, name: string): boolean {
  const surname = name.split(/\s+/).at(-1) ?? '';
  const from = Math.max(0, at - STORY_REACH);
  const near = text.slice(from, at + STORY_REACH);
  for (const m of near.matchAll(new RegExp(String.raw`\b${surname}\b(?![^\S\n]*(?:,[^\n]*)?(?:\n|$))`, 'gu')))
    if (from + (m.index ?? 0) !== at + name.length - surname.length) return true;
  return false;
}

export function pullQuote(text: string, s: Sentence, next: Sentence | undefined): Draft | null {
  if (!next || next.paragraph !== s.paragraph || !/[.!?]["”’]?$/.test(text.slice(s.start, s.end)))
    return null;
  const name = NAME_LINE.exec(text.slice(next.start, next.end))?.[1];
  // the name closes the paragraph, and starts with a given name (not "Photo Credit", "Read More")
  if (!name || !FIRST_NAMES.has((name.split(/\s+/)[0] ?? '').toLowerCase())) return null;
  if (!/^[^\S\n]*(?:\n|$)/.test(text.slice(next.end, next.end + LINE_END_REACH))) return null;
  if (!namedInStory(text, next.start, name)) return null;
  const span = trimContent(text, s, s);
  if (!span || wordCount(text, span) < MIN_WORDS) return null;
  const phrase = { start: next.start, end: next.start + name.length, kind: 'proper' as const };
  return makeDraft(span, s, { cue: null, phrase, via: 'colon' });
}
