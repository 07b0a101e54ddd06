// The extract stage of the first pass: the article on the live page, in up to three tasks: clone and
// pair; Readability; its live container and the text map (the first two skipped when the page marks its
// article). Only the text map reads computed styles, so only it waits for the page's first frame (if that
// is still to come, it comes while Readability works).
import { readArticleInSlices } from '../page/extract-article';
import { locateMarked, locateParsed } from '../page/locate-article';
import { parsePrepared } from '../page/parse-prepared';
import { prepareClone } from '../page/prepare-clone';
import type { ArticleOnPage } from './page-analysis';
import type { StageClock } from './stage';
import { afterFirstPaint } from './timing';

/** Null when the page holds no article text. */
export async function extractPage(doc: Document, clock: StageClock): Promise<ArticleOnPage | null> {
  const painted = afterFirstPaint();
  let located = locateMarked(doc);
  const prepared = located ? null : prepareClone(doc);
  await clock.yield();
  const parsed = prepared ? parsePrepared(prepared) : null;
  if (parsed) await clock.yield();
  await clock.wait(painted);
  clock.signal.throwIfAborted();
  if (parsed) located = locateParsed(parsed);
  // In slices: on a huge article the text map alone is seconds of work.
  const article = located ? await readArticleInSlices(located, () => clock.yield()) : null;
  return located && article ? { located, article } : null;
}
