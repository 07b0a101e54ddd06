// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetOfPoint, spanToRange } from '../../../src/page/text-map';

function mapOf(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return buildTextMap(document.getElementById('root')!, { useLayout: false });
}

describe('buildTextMap: rendered text', () => {
  it.each([
    ['inline elements flow', '<p>He <a href="#">said</a> <em>no</em>.</p>', 'He said no.'],
    ['whitespace collapses', '<p>  one \n\t two   three </p>', 'one two three'],
    [
      'blocks are separated by a blank line',
      '<p>One.</p><p>Two.</p><div>Three.</div>',
      'One.\n\nTwo.\n\nThree.',
    ],
    ['nested blocks do not stack breaks', '<div><div><p>A</p></div></div><p>B</p>', 'A\n\nB'],
    ['br is a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['script and style are skipped', '<p>A<script>var x = 1;</script><style>p{}</style>B</p>', 'AB'],
    ['hidden attribute is skipped', '<p>Shown</p><p hidden>Hidden</p>', 'Shown'],
    ['aria-hidden is skipped', '<p>Shown <span aria-hidden="true">icon</span>text</p>', 'Shown text'],
    ['inline display:none is skipped', '<p>A <span style="display: none">secret</span>B</p>', 'A B'],
    [
      'nav, aside and figcaption are skipped',
      '<p>Body.</p><nav>Home</nav><aside>Related</aside><figure><figcaption>Photo</figcaption></figure>',
      'Body.',
    ],
    [
      'named related and share boxes are skipped',
      '<p>Body text here that is long enough.</p><div class="related-stories">Other story</div><div class="c-share-bar">Share</div>',
      'Body text here that is long enough.',
    ],
    [
      'link-dense lists are skipped',
      '<p>Body text.</p><ul><li><a href="#">Story one</a></li><li><a href="#">Story two</a></li></ul>',
      'Body text.',
    ],
    ['non-breaking spaces are kept', '<p>10\u00a0km</p>', '10\u00a0km'],
    ['pre keeps its whitespace', '<pre>a  b\nc</pre>', 'a  b\nc'],
  ])('%s', (_name, html, expected) => {
    expect(mapOf(html).text).toBe(expected);
  });

  it('does not write to the DOM', () => {
    const before = '<p>He <a href="#">said</a> <em>no</em>.</p><nav>x</nav>';
    mapOf(before);
    expect(document.getElementById('root')!.innerHTML).toBe(before);
  });
});

describe('spanToRange: offsets become exact DOM ranges', () => {
  const html =
    '<p>The minister <a href="/x">said  the <em>plan</em></a> would work.</p><p>Next   paragraph here.</p>';
  it.each([
    ['a phrase across <a> and <em>', 'said the plan'],
    ['a phrase after collapsed whitespace', 'the plan would'],
    ['a whole paragraph', 'Next paragraph here.'],
    ['a span across the block break', 'work.\n\nNext'],
    ['one character in an <em>', 'p'],
  ])('%s', (_name, phrase) => {
    const map = mapOf(html);
    const start = map.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = spanToRange(map, { start, end: start + phrase.length })!;
    // The DOM range covers the same characters; only whitespace differs (collapsed, or synthetic breaks).
    expect(range.toString().replace(/\s+/g, '')).toBe(phrase.replace(/\s+/g, ''));
    expect(range.toString().startsWith(phrase[0]!)).toBe(true);
  });

  it('trims synthetic line breaks at the edges', () => {
    const map = mapOf('<p>One.</p><p>Two.</p>');
    const range = spanToRange(map, { start: 3, end: 8 })!;
    expect(range.toString()).toBe('.Tw');
  });

  it('returns null for an empty or gap-only span', () => {
    const map = mapOf('<p>One.</p><p>Two.</p>');
    expect(spanToRange(map, { start: 2, end: 2 })).toBeNull();
    expect(spanToRange(map, { start: 4, end: 6 })).toBeNull();
  });

  it('maps a DOM point back to its text offset', () => {
    const map = mapOf(html);
    const em = document.querySelector('em')!.firstChild!;
    expect(offsetOfPoint(map, em, 0)).toBe(map.text.indexOf('plan'));
  });
});

describe('spanToRange after the page changed a node', () => {
  it('gives no range (rather than throwing) where the node is now shorter than the map says', () => {
    const map = mapOf('<p>The works in section 405 will hold, said Marta Lind.</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const span = { start: map.text.indexOf('Marta'), end: map.text.indexOf('Lind') + 4 };
    text.data = 'The works in part 2 hold.';
    expect(() => spanToRange(map, span)).not.toThrow();
    expect(spanToRange(map, span)).toBeNull();
  });
});
