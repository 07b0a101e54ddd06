// A huge article (a 5 MB page) is analysed in sections, as the core itself reads a long text (its
// sections are an article's length, core/text/sections.ts): each is one short message to the background
// (or one short task here when it does not answer), and its statements are painted before the next
// section is read. Each section is sent with a little of the text before it, so that "he said" at its
// top still finds the name just above; statements in that context belong to the section before.
import type { Analysis, Speaker, Statement } from '../core/types';
import { ARTICLE_CHARS } from '../core/text/article-length';

/** Texts longer than this are analysed and painted in sections; an article (and most long reads) in one go. */
export const SECTIONED_TEXT_CHARS = 200_000;
export interface TextSection {
  /** Where the text sent starts: its context, before `from`. */
  readonly start: number;
  /** Where the section's own text starts; its statements start here or after. */
  readonly from: number;
  /** Where it ends: at a paragraph break where there is one. */
  readonly end: number;
}

/** The text before a section sent with it (the core's own context length). */
const CONTEXT_CHARS = 4_000;

/** The text in sections of at most an article's length, cut at paragraph breaks where there is one. */
export function textSections(text: string, size = ARTICLE_CHARS, context = CONTEXT_CHARS): TextSection[] {
  const sections: TextSection[] = [];
  for (let from = 0; from < text.length;) {
    let end = Math.min(text.length, from + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n\n', end);
      end = cut > from ? cut : end;
    }
    const contextBreak = from === 0 ? -1 : text.indexOf('\n\n', Math.max(0, from - context));
    const start = contextBreak >= 0 && contextBreak < from ? contextBreak + 2 : from;
    sections.push({ start, from, end });
    from = end;
  }
  return sections;
}

const moved = <T extends { start: number; end: number }>(span: T, by: number): T => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});

/** Sections' analyses joined into one: offsets into the whole text, ids renumbered, one speaker id per name. */
export function createAnalysisJoiner() {
  const statements: Statement[] = [];
  const speakerIds = new Map<string, string>();
  let first: Analysis | null = null;
  const speakerIn = (speaker: Speaker | null, part: number, by: number): Speaker | null => {
    if (!speaker) return null;
    // A named speaker is one across sections; an unresolved "she" stays apart, as within one analysis.
    const key = speaker.type === 'unknown' ? `${part}:${speaker.id}` : `${speaker.type}:${speaker.name}`;
    let id = speakerIds.get(key);
    if (id === undefined) speakerIds.set(key, (id = `e${speakerIds.size + 1}`));
    return { ...speaker, id, mention: speaker.mention && moved(speaker.mention, by) };
  };
  let parts = 0;
  return {
    /** Adds the analysis of `section`'s text. */
    add(analysis: Analysis, section: TextSection): void {
      const part = parts++;
      first ??= analysis;
      const by = section.start;
      for (const statement of analysis.statements) {
        if (statement.start + by < section.from) continue;
        statements.push({
          ...moved(statement, by),
          id: `s${statements.length + 1}`,
          cue: statement.cue && moved(statement.cue, by),
          speaker: speakerIn(statement.speaker, part, by),
        });
      }
    },
    /**
     * Everything joined so far: a copy, made only when shown (a copy after each of a 5 MB article's 120
     * sections was 15 MB of arrays for the collector).
     */
    joined(): Analysis | null {
      return first && { ...first, statements: [...statements] };
    },
  };
}
