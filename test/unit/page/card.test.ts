// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/core/types';
import { openCard } from '../../../src/page/card';
import { shadowOf } from '../../../src/page/card-element';
import { findCard } from '../find-card';

// jsdom marks every dispatched event untrusted; these tests stand in for the user unless a row says not.
const trust = vi.hoisted(() => ({ user: true }));
vi.mock('../../../src/page/trusted-event', () => ({ isTrustedEvent: () => trust.user }));

function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    id: 's1',
    start: 0,
    end: 10,
    text: 'the plan would work',
    kind: 'indirect',
    cue: { start: 0, end: 4, text: 'said' },
    speaker: {
      id: 'e1',
      name: 'Ana Lima',
      type: 'person',
      role: 'Finance Minister',
      mention: null,
      aliases: [],
      confidence: 0.9,
    },
    confidence: 0.9,
    outlet: 'Reuters',
    ...overrides,
  };
}

function setUp() {
  document.body.innerHTML = '<p id="p">Ana Lima said the plan would work.</p><button id="before">x</button>';
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!);
  const before = document.getElementById('before')!;
  before.focus();
  return { range, before };
}

function actions() {
  return { onPrevious: vi.fn(), onNext: vi.fn(), onClose: vi.fn() };
}

describe('openCard', () => {
  it('shows speaker, role, type, cue, kind and outlet in its closed shadow root', () => {
    const { range } = setUp();
    const card = openCard(
      document,
      range,
      { statement: statement(), publisher: 'Daily', index: 1, count: 2 },
      actions(),
    );
    const host = findCard(document)!;
    expect(host).toBe(card.element);
    const text = shadowOf(host)!.textContent!;
    for (const part of [
      'Ana Lima',
      'Finance Minister',
      'Person',
      'said',
      'Reported speech',
      'Reuters',
      '1 of 2',
    ]) {
      expect(text).toContain(part);
    }
    // The article's verb first, as in the panel's entries.
    expect(text).toContain('said · Reported speech');
    card.close();
    expect(findCard(document)).toBeNull();
  });

  it('renders page text as text, never as HTML', () => {
    const { range } = setUp();
    const evil = '<img src=x onerror="alert(1)">';
    const card = openCard(
      document,
      range,
      {
        statement: statement({
          text: evil,
          speaker: {
            id: 'e1',
            name: evil,
            type: 'person',
            role: null,
            mention: null,
            aliases: [`${evil}, again`],
            confidence: 0.9,
          },
        }),
        publisher: null,
        index: 1,
        count: 1,
      },
      actions(),
    );
    expect(shadowOf(card.element)!.querySelector('img')).toBeNull();
    expect(shadowOf(card.element)!.textContent).toContain(evil);
    expect(shadowOf(card.element)!.querySelector('[part="aliases"]')?.textContent).toContain(evil);
    card.close();
  });

  it('moves focus in, closes on Escape and returns focus', () => {
    const { range, before } = setUp();
    const handlers = actions();
    const card = openCard(
      document,
      range,
      { statement: statement(), publisher: null, index: 1, count: 1 },
      handlers,
    );
    expect(document.activeElement).toBe(card.element);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
    card.close();
    expect(document.activeElement).toBe(before);
  });

  it('closes on a click elsewhere but not on a click inside', () => {
    const { range } = setUp();
    const handlers = actions();
    const card = openCard(
      document,
      range,
      { statement: statement(), publisher: null, index: 2, count: 3 },
      handlers,
    );
    shadowOf(card.element)!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    expect(handlers.onNext).toHaveBeenCalledTimes(1);
    shadowOf(card.element)!
      .querySelector('[part="card"]')!
      .dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(handlers.onClose).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
    card.close();
  });

  it('ignores Escape and clicks the page dispatches itself (untrusted)', () => {
    const { range } = setUp();
    const handlers = actions();
    const card = openCard(
      document,
      range,
      { statement: statement(), publisher: null, index: 2, count: 3 },
      handlers,
    );
    trust.user = false;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    // A page that got hold of a button (it cannot: the root is closed) still could not press it.
    for (const part of ['close', 'next', 'previous'])
      shadowOf(card.element)!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();
    trust.user = true;
    expect(handlers.onClose).not.toHaveBeenCalled();
    expect(handlers.onNext).not.toHaveBeenCalled();
    expect(handlers.onPrevious).not.toHaveBeenCalled();
    card.close();
  });

  it('is a plain element with a closed shadow root: no name a page can define, nothing it can read', () => {
    const { range } = setUp();
    const card = openCard(
      document,
      range,
      { statement: statement(), publisher: null, index: 1, count: 1, color: '#ff0000' },
      actions(),
      undefined,
      'high-contrast',
    );
    expect(card.element.localName).toBe('div');
    expect(card.element.shadowRoot).toBeNull();
    expect(shadowOf(card.element)?.mode).toBe('closed');
    // Nothing on the host tells the scheme or the speaker's colour.
    expect(card.element.outerHTML).not.toMatch(/scheme|contrast|accent|ff0000/);
    card.close();
  });
});
