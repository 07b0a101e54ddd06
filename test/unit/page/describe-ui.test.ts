// @vitest-environment jsdom
// The testing contract's view into the closed roots: the content script reads the card and the keyboard
// link by reference; the page's own view (host.shadowRoot) is null.
import { describe, expect, it } from 'vitest';
import { speaker, statement } from '../fixtures';
import { openCard } from '../../../src/page/card';
import { describeUi } from '../../../src/page/describe-ui';
import { createSkipLink } from '../../../src/page/skip-link';

describe('describeUi', () => {
  it('says nothing is there before anything is shown', () => {
    document.body.innerHTML = '<p>Text.</p>';
    const ui = describeUi(document);
    expect(ui.card.present).toBe(false);
    expect(ui.nav.present).toBe(false);
  });

  it('reads the card and the link the page cannot read', () => {
    document.body.innerHTML = '<p id="p">Ana Lima said the plan would work.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    const link = createSkipLink(document, () => undefined);
    link.update(3);
    link.announce('Statement 1 of 3: Ana Lima');
    const card = openCard(
      document,
      range,
      { statement: statement(speaker('Ana Lima')), publisher: null, index: 1, count: 3 },
      { onPrevious: () => undefined, onNext: () => undefined, onClose: () => undefined },
    );
    expect(card.element.shadowRoot).toBeNull();
    const ui = describeUi(document);
    expect(ui.card.present).toBe(true);
    expect(ui.card.text).toContain('Ana Lima');
    expect(ui.card.parts.position).toBe('1 of 3 by this speaker');
    expect(ui.card.html).toContain('part="card"');
    expect(ui.nav).toMatchObject({ present: true, text: 'Sourcelight: go to the statements (3)' });
    expect(ui.nav.live).toBe('Statement 1 of 3: Ana Lima');
    card.close();
    link.remove();
    expect(describeUi(document).card.present).toBe(false);
  });
});
