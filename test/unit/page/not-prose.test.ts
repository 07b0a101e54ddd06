// Captions in small print after a media element and lines of web addresses are not prose; small print
// inside a sentence and a sentence citing an address are.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNotProse } from '../../../src/page/not-prose';

/** [shape, markup with the judged element marked id="x", not prose?] */
const ROWS: [string, string, boolean][] = [
  ['small print after an empty player box', '<div class="v"> </div>\n<sup id="x">Papers reveal a warning</sup><p></p>', true],
  ['small print after an image and a line break', '<p><img alt=""><br><small id="x">A caption here</small></p>', true],
  ['small print after a video, last in its box', '<div><video></video><sup id="x">Watch the vote</sup></div>', true],
  ['a footnote mark inside a sentence', '<p>The vote was close<sup id="x">1</sup> and long.</p>', false],
  ['small print after text', '<p>Some words <small id="x">in small print</small></p>', false],
  ['small print after a box with text', '<div>A box with text</div><sup id="x">A line</sup>', false],
  ['small print followed by more of its line', '<div></div><sup id="x">A line</sup> that goes on', false],
  ['a span after an image: prose may start so', '<p><img alt=""><span id="x">The council met.</span></p>', false],
  ['a paragraph of two addresses', '<p id="x">More news: https://example.com/a and https://example.org/b_c</p>', true],
  ['a paragraph of one www address', '<p id="x">Archive www.example.com/archive/1991</p>', true],
  ['a sentence citing one address', '<p id="x">The report, published on Tuesday at https://example.com/r, says costs doubled over a decade.</p>', false],
  ['a list item of addresses', '<ul><li id="x">https://example.com/one https://example.com/two</li></ul>', true],
  ['a paragraph with no address', '<p id="x">The council met on Tuesday.</p>', false],
]; // prettier-ignore

describe('isNotProse', () => {
  it.each(ROWS)('%s', (_shape, markup, expected) => {
    const { document } = parseHTML(`<html><body><div id="root">${markup}</div></body></html>`);
    const element = document.getElementById('x') as unknown as Element;
    expect(isNotProse(element)).toBe(expected);
  });
});
