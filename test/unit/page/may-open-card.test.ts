// @vitest-environment jsdom
// A click opens a statement's card only when the user made it, and never inside something the user
// types into: there the card would take the focus and the next keystrokes would be lost.
import { describe, expect, it } from 'vitest';
import { isEditableTarget, mayOpenCard } from '../../../src/page/may-open-card';

const PAGE = `<article>
  <p id="plain">Plain <b id="bold">prose</b>.</p>
  <div contenteditable="true"><p id="editable">Editable <em id="deep">text</em>.</p></div>
  <div contenteditable=""><p id="editable-empty-attr">Also editable.</p></div>
  <div contenteditable="true"><p contenteditable="false" id="not-editable">A locked island.</p></div>
  <div role="textbox" id="textbox">An editor's own surface.</div>
  <input id="input" value="typed"><textarea id="textarea">typed</textarea><select id="select"></select>
</article>`;

function byId(id: string): Element {
  return document.getElementById(id)!;
}

/** What the click handler reads of a MouseEvent; jsdom cannot make a trusted one. */
function click(target: EventTarget | null, isTrusted = true): Event {
  return { isTrusted, target } as unknown as Event;
}

describe('mayOpenCard', () => {
  it.each([
    ['plain prose', 'plain', true],
    ['an inline element in prose', 'bold', true],
    ['contenteditable', 'editable', false],
    ['deep inside contenteditable', 'deep', false],
    ['contenteditable=""', 'editable-empty-attr', false],
    ['a contenteditable="false" island', 'not-editable', true],
    ['role=textbox', 'textbox', false],
    ['an input', 'input', false],
    ['a textarea', 'textarea', false],
    ['a select', 'select', false],
  ])('a user click on %s: %s', (_row, id, expected) => {
    document.body.innerHTML = PAGE;
    expect(mayOpenCard(click(byId(id)))).toBe(expected);
  });

  it('a text node target counts as its parent', () => {
    document.body.innerHTML = PAGE;
    expect(isEditableTarget(byId('deep').firstChild)).toBe(true);
    expect(isEditableTarget(byId('bold').firstChild)).toBe(false);
  });

  it('never for a click the page dispatched itself', () => {
    document.body.innerHTML = PAGE;
    expect(mayOpenCard(click(byId('plain'), false))).toBe(false);
    const real = new MouseEvent('click', { bubbles: true });
    byId('plain').dispatchEvent(real);
    expect(mayOpenCard(real)).toBe(false);
  });

  it('never while the whole document is in design mode', () => {
    document.body.innerHTML = PAGE;
    document.designMode = 'on';
    try {
      expect(mayOpenCard(click(byId('plain')))).toBe(false);
    } finally {
      document.designMode = 'off';
    }
  });
});
