// The extract stage of the first pass: the article on the live page, in up to three tasks: clone and
// pair; Readability; its live container and the text map (the first two skipped when the page marks its
// article, and done by the background on a copy of the page when it answers: locate-in-background.ts,
// whose analysis of the copy's text comes along).
// Only the text map reads computed styles, so only it waits for the page's first frame (if that is still
// to come, it comes while Readability works), in Firefox: in Chrome the wait was the pass's wall with
// nothing of ours to overlap it (the background finds the article now) and the page's style and layout
// were mostly done by then, the frame's own timing left (Chromium, all 87 saved pages, ABBA at load 6-10:
// over 1.2x 29, 31 -> 23, 16, map median 2.2-2.7 ms either way, thescarboroughnews's 6-7 -> 12-20 ms,
// the page's pending work, which it no longer does later); Firefox's map then paid for the page's
// pending style and layout (ea25dd 2.5 -> 19 ms, mercurynews 9 -> 30 ms) for no gain in the wall. Each
// task is also a diagnostic part measure (sourcelight-part:*), which the bench's floors never read.
import { readArticleInSlices } from '../page/extract-article';
import { locateMarked, locateParsed } from '../page/locate-article';
import { parsePrepared } from '../page/parse-prepared';
import { prepareClone } from '../page/prepare-clone';
import { analyzedMarked, locateInBackground, type FoundInBackground } from './locate-in-background';
import type { ArticleOnPage } from './page-analysis';
import type { StageClock } from './stage';
import { afterFirstPaint, measurePart } from './timing';

/** False where the build's text map does not wait for the page's first frame (Chrome's). Absent in tests. */
declare const SOURCELIGHT_FRAME_WAIT: boolean | undefined;

const waitsForFrame = (): boolean => typeof SOURCELIGHT_FRAME_WAIT !== 'boolean' || SOURCELIGHT_FRAME_WAIT;

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
  const painted = waitsForFrame() ? afterFirstPaint() : null;
  const { located, analyzed } = await locate(doc, clock);
  if (painted) await clock.wait(painted);
  clock.signal.throwIfAborted();
  const start = performance.now();
  // In slices: on a huge article the text map alone is seconds of work.
  const article = located ? await readArticleInSlices(located, () => clock.yield()) : null;
  measurePart('map', start);
  if (!located || !article) return null;
  return analyzed ? { located, article, analyzed } : { located, article };
}
