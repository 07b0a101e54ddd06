// The extract stage of the first pass: the article on the live page, in up to three tasks: clone and
// pair; Readability; its live container and the text map (the first two skipped when the page marks its
// article, and done by the background on a copy of the page when it answers: locate-in-background.ts,
// whose analysis of the copy's text comes along).
// Only the text map reads computed styles, so only it waits for the page's first frame (if that is still
// to come, it comes while Readability works). Each task is also a diagnostic part measure
// (sourcelight-part:*), which the bench's floors never read.
import { readArticleInSlices } from '../page/extract-article';
import { locateMarked, locateParsed } from '../page/locate-article';
import { parsePrepared } from '../page/parse-prepared';
import { prepareClone } from '../page/prepare-clone';
import { analyzedMarked, locateInBackground, type FoundInBackground } from './locate-in-background';
import type { ArticleOnPage } from './page-analysis';
import type { StageClock } from './stage';
import { afterFirstPaint, measurePart } from './timing';

/** `work`'s result, its time recorded as the part `name`. */
function part<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  measurePart(name, start);
  return result;
}

/**
 * The article's live container: the page's own mark, else Readability's (here or in the background,
 * which also analysed the text it read in its copy).
 */
async function locate(doc: Document, clock: StageClock): Promise<FoundInBackground> {
  const marked = part('marked', () => locateMarked(doc));
  if (marked) return { located: marked, analyzed: analyzedMarked(marked.root) };
  const start = performance.now();
  const copied = await locateInBackground(doc, clock);
  measurePart('copied', start);
  if (copied !== undefined) return copied;
  const prepared = part('clone', () => prepareClone(doc));
  if (!prepared) return { located: null, analyzed: null };
  await clock.yield();
  const parsed = part('parse', () => parsePrepared(prepared));
  await clock.yield();
  return { located: part('locate', () => locateParsed(parsed)), analyzed: null };
}

/** Null when the page holds no article text. */
export async function extractPage(doc: Document, clock: StageClock): Promise<ArticleOnPage | null> {
  const painted = afterFirstPaint();
  const { located, analyzed } = await locate(doc, clock);
  await clock.wait(painted);
  clock.signal.throwIfAborted();
  const start = performance.now();
  // In slices: on a huge article the text map alone is seconds of work.
  const article = located ? await readArticleInSlices(located, () => clock.yield()) : null;
  measurePart('map', start);
  if (!located || !article) return null;
  return analyzed ? { located, article, analyzed } : { located, article };
}
