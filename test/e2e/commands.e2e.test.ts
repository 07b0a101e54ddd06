// What the keyboard commands do to the page, in both browsers. Synthetic key events never reach a
// browser's extension shortcuts, so the spec sends the page the messages the background sends for them
// (commandMessage in src/background, unit-tested) from an extension page, as the background would.
import { beforeAll, describe, expect, test } from 'vitest';
import type { ContentMessage } from '../../src/shared/messages';
import { BROWSERS, useExtension, waitFor, type PageHandle } from './harness';

const API = '(globalThis.browser ?? globalThis.chrome)';

describe.each(BROWSERS)('keyboard commands in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle;
  let sender: PageHandle;
  let tabId: number;

  const send = <T>(message: ContentMessage) =>
    sender.evaluate<T>(`${API}.tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`);
  const step = (direction: 1 | -1) =>
    send<{ shown: boolean }>({ type: 'stepStatement', payload: { direction } });
  const cardText = () =>
    waitFor(
      () => page.probe('card'),
      (card) => card.open && card.text.length > 0,
      { what: 'the card to open' },
    ).then((card) => card.text);

  beforeAll(async () => {
    if (skip) return;
    page = await ext.browser.open(ext.server.url('/demo/index.html'));
    await waitFor(
      () => page.probe('highlights'),
      (s) => s.total > 0,
      { what: 'highlights on the demo page' },
    );
    tabId = await ext.browser.tabIdOf(page);
    sender = await ext.browser.openPopup(tabId);
  });

  test.skipIf(skip)('next and previous statement walk the passages with the card open', async () => {
    expect(await step(1)).toEqual({ shown: true });
    const first = await cardText();
    expect(await step(1)).toEqual({ shown: true });
    const second = await waitFor(cardText, (text) => text !== first, { what: 'the next statement’s card' });
    expect(second).not.toBe(first);
    expect(await step(-1)).toEqual({ shown: true });
    await waitFor(cardText, (text) => text === first, { what: 'the previous statement’s card again' });
  });

  test.skipIf(skip)('toggling off removes every trace, toggling on brings the highlights back', async () => {
    await send({ type: 'setActive', payload: { active: false } });
    const off = await waitFor(
      () => page.probe('highlights'),
      (s) => s.total === 0,
      { what: 'no highlights once toggled off' },
    );
    expect(off.names.filter((n) => n.startsWith('sourcelight'))).toEqual([]);
    expect((await page.probe('card')).present).toBe(false);
    expect((await page.probe('bodyUnchanged')).diff).toBeNull();
    expect(await step(1)).toEqual({ shown: false });

    await send({ type: 'setActive', payload: { active: true } });
    await waitFor(
      () => page.probe('highlights'),
      (s) => s.total > 0,
      { what: 'highlights back once toggled on' },
    );
  });
});
