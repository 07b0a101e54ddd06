// @vitest-environment jsdom
// The root's marks come from one query each; the render rules trust them instead of reading every
// element, so each must find exactly the elements a per-element read would.
import { describe, expect, it } from 'vitest';
import { findRootMarks } from '../../../src/page/root-marks';

const ROOT = `<main id="root" hidden>
  <p id="a" hidden>a</p><p id="b" aria-hidden="false">b</p><p id="c" style="color:red">c</p><p id="d" class="x">d</p>
  <nav id="e" role="navigation"><span id="f">f</span></nav>
  <ul id="ticker"><li><time>1</time> one</li><li><time>2</time> two</li><li><b>x</b><time>3</time></li></ul>
  <div id="one"><div><time>1</time></div></div>
</main>`;

describe('findRootMarks', () => {
  document.body.innerHTML = ROOT;
  const root = document.getElementById('root')!;
  const marks = findRootMarks(root);
  const ids = (set: ReadonlySet<Element>) => [...set].map((element) => element.id).sort();

  it('finds the elements carrying an attribute that may hide them, not the root itself', () => {
    expect(ids(marks.hiding)).toEqual(['a', 'b', 'c']);
  });
  it('finds the elements with a role', () => {
    expect(ids(marks.roled)).toEqual(['e']);
  });
  it.each([
    ['ticker', 2],
    ['one', 1],
    ['e', 0],
  ])('counts the children of #%s that start with a <time>: %i', (id, count) => {
    expect(marks.timedChildren(document.getElementById(id)!)).toBe(count);
  });
  it('agrees with a query of each box', () => {
    for (const box of Array.from(root.querySelectorAll('*'))) {
      const queried = box.querySelectorAll(':scope > * > time:first-child').length;
      expect(marks.timedChildren(box), box.id || box.localName).toBe(queried);
    }
  });
});
