// The article's own paragraphs, without the page furniture between them: "READ MORE: …" and "WATCH: …"
// links, "Story continues below advertisement", photo captions and credits, pull-quotes, contributor lines
// ("Reporting by …; Editing by …", which become credits instead), a "By Jane Doe" byline and author bios.
// A line opening with an all-caps section label ("KEEPING SCORE: Stocks rose …") keeps its text but loses
// the label. Later steps see only these paragraphs, so furniture can neither hold a statement nor name a
// speaker.
import { opensWithContributor } from '../credits/contributors';
import { isBylineAt } from '../credits/find-byline';
import { FURNITURE_LINES } from '../lexicon/furniture-lines';
import type { Span } from '../types';
import { alternation } from './alternation';
import { isAuthorBio } from './author-bio';
import { isCaption } from './caption-line';
import { lineLabel } from './line-label';
import { pullQuotes } from './pull-quote';
import { wordsUsed } from './words-used';

/** Author bios close an article: only its last few paragraphs are tested for one. */
const BIO_PARAGRAPHS = 3;
/** Furniture lines are short; a long paragraph is article text whatever it opens with. */
const MAX_FURNITURE_CHARS = 600;

/** One of FURNITURE_LINES, whatever its case and final punctuation. */
const FURNITURE_LINE = new RegExp(`^(?:${alternation(FURNITURE_LINES)})[\\s.:!…]*$`, 'i');
const isFurnitureLine = (line: string): boolean => FURNITURE_LINE.test(line);

/** Whole-line furniture: only short lines are tested. */
function isFurniture(line: string, last: boolean): boolean {
  return (
    isFurnitureLine(line) || isCaption(line) || opensWithContributor(line) || (last && isAuthorBio(line))
  );
}

export function articleBody(text: string, paragraphs: readonly Span[]): Span[] {
  const used = wordsUsed(text);
  const pulled = pullQuotes(text, paragraphs);
  const out: Span[] = [];
  paragraphs.forEach((p, i) => {
    // ("By Jane Doe": the writer, who is no one the article's descriptions can name)
    if (pulled.has(i) || isBylineAt(text, paragraphs, i)) return;
    const last = i >= paragraphs.length - BIO_PARAGRAPHS;
    if (p.end - p.start <= MAX_FURNITURE_CHARS && isFurniture(text.slice(p.start, p.end), last)) return;
    const label = lineLabel(text, p, (word) => used(word, p.start));
    if (label?.wholeLine) return;
    out.push(label ? { start: label.end, end: p.end } : p);
  });
  return out;
}
