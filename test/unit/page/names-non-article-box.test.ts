// Box names that are not prose, matched token by token: a table of shapes, then agreement with the one
// regex the matcher replaced (kept here as the reference) on every class name the saved pages use and on
// generated names full of the edge cases (separators, digits, case, letters that only look like ASCII).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesNonArticleBox } from '../../../src/page/names-non-article-box';

/** The regex render rules used before names-non-article-box.ts, word for word. */
const REFERENCE =
  /(?:^|[-_\s])(?:related|recirc|recirculation|more-?stories|read-?more|readmore|also|share|sharing|social|sharebar|comments?|disqus|newsletter|signup|subscribe|subscription|promo|promotion|advert|advertisement|ads?|adslot|sponsored|outbrain|taboola|sidebar|breadcrumbs?|tags|taglist|toolbar|byline|author-?bio|modal|popup|cookie|consent|caption|credit|embed(?:ded)?|interactive|tweet|instagram|video-?player|gallery|most-?read|trending|popular|topics|briefs?|ticker|marquee|teasers?|more-?news|latest-?news|headlines|discussion|replies|responses|community)(?:$|[-_\s\d])/i;

/** [class and id words, not prose?] */
const ROWS: [string, boolean][] = [
  ['c-share-bar ', true],
  ['related-stories ', true],
  ['Related_Links main', true],
  ['ad2 ', true],
  ['story ad', true],
  ['read-more ', true],
  ['readmore-box ', true],
  ['article-body ', false],
  ['content ', false],
  ['shared-header ', false],
  ['loaded ', false],
  ['headline ', false],
  ['more-storiesx ', false],
  ['ads\u00a0box ', true],
  ['\u212ads ', false],
  [' ', false],
]; // prettier-ignore

describe('namesNonArticleBox', () => {
  it.each(ROWS)('%j', (words, expected) => {
    expect(namesNonArticleBox(words)).toBe(expected);
    expect(REFERENCE.test(words)).toBe(expected);
  });

  it('agrees with the reference regex on generated names', () => {
    const parts = ['ad', 'ads', 'AD', 'Share', 'more', 'stories', 'more-stories', 'read', 'x', 'body', 'é'];
    const joins = ['-', '_', ' ', '', '2', '\u00a0', '\u2003', '.', '\u212a', 'İ', 'ſ', '\t'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 20_000; i++) {
      let words = '';
      for (let k = next(5); k >= 0; k--) words += parts[next(parts.length)]! + joins[next(joins.length)]!;
      expect(namesNonArticleBox(words), JSON.stringify(words)).toBe(REFERENCE.test(words));
    }
  });

  const pages = join(import.meta.dirname, '../../../../shared/newspages');
  it.skipIf(!existsSync(pages))('agrees with it on every class and id of the saved pages', () => {
    let compared = 0;
    for (const page of readdirSync(pages)) {
      const file = join(pages, page, 'source.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      for (const [, value] of html.matchAll(/\s(?:class|id)="([^"]*)"/g)) {
        for (const words of [`${value} `, ` ${value}`]) {
          expect(namesNonArticleBox(words), words).toBe(REFERENCE.test(words));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
