// @vitest-environment jsdom
// The card as a dialog for the keyboard: Tab cycles inside it, Escape closes it and focus goes back;
// its accent is the speaker's colour; "show only" is offered for a named speaker; a dark page gets a
// dark card whatever the system says.
import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/core/types';
import { openCard } from '../../../src/page/card';
import { shadowOf } from '../../../src/page/card-element';
import { speaker, statement } from '../fixtures';

// jsdom marks every dispatched event untrusted: these tests stand in for the user.
vi.mock('../../../src/page/trusted-event', () => ({ isTrustedEvent: () => true }));

function setUp(page = '') {
  document.body.innerHTML = `<p id="p">Ana Lima said the plan would work.</p><button id="before">x</button>`;
  document.body.style.background = page;
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!);
  document.getElementById('before')!.focus();
  return range;
}

const actions = () => ({ onPrevious: vi.fn(), onNext: vi.fn(), onClose: vi.fn(), onFocus: vi.fn() });
const open = (s: Statement, page = '', acts = actions()) =>
  openCard(
    document,
    setUp(page),
    { statement: s, publisher: null, index: 1, count: 2, color: 'rgb(1 2 3)' },
    acts,
  );
describe('the card for the keyboard', () => {
  it('Tab from the last button goes to the first, Shift+Tab from the first to the last', () => {
    const card = open(statement(speaker('Ana Lima')));
    const shadow = shadowOf(card.element)!;
    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    expect(buttons.length).toBeGreaterThan(1);
    buttons.at(-1)!.focus();
    const event = new KeyboardEvent('keydown', {
      key: 'Tab',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    buttons.at(-1)!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(buttons[0]);
    const back = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    buttons[0]!.dispatchEvent(back);
    expect(shadow.activeElement).toBe(buttons.at(-1));
    card.close();
    expect(document.activeElement?.id).toBe('before');
  });

  it('wears the speaker’s colour and offers "show only" for a named speaker, not for a missing one', () => {
    const acts = actions();
    const card = open(statement(speaker('Ana Lima')), '', acts);
    const body = shadowOf(card.element)!.querySelector<HTMLElement>('[part="card"]')!;
    expect(body.style.getPropertyValue('--sourcelight-accent')).toBe('rgb(1 2 3)');
    const focus = shadowOf(card.element)!.querySelector<HTMLButtonElement>('[part="focus"]')!;
    expect(focus.textContent).toBe('Show only Ana Lima');
    expect(focus.getAttribute('aria-pressed')).toBe('false');
    focus.click();
    expect(acts.onFocus).toHaveBeenCalledOnce();
    card.close();
    const none = open(statement(null));
    expect(shadowOf(none.element)!.querySelector('[part="focus"]')).toBeNull();
    none.close();
  });

  it.each([
    ['a white page', 'rgb(255, 255, 255)', 'light'],
    ['a dark page', 'rgb(20, 20, 24)', 'dark'],
    ['no background', '', 'light'],
  ])('on %s the automatic card is %s', (_name, background, scheme) => {
    const card = open(statement(speaker('Ana Lima')), background);
    expect(shadowOf(card.element)!.querySelector('[part="card"]')!.getAttribute('data-scheme')).toBe(scheme);
    expect(card.element.hasAttribute('data-scheme')).toBe(false);
    card.close();
  });
});
