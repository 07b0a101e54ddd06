// @vitest-environment jsdom
// The analyzer module preload.ts loads at document_start waits on the content scripts' global, and the
// entry's session slot takes it from there rather than asking import() again.
import { describe, expect, it, vi } from 'vitest';
import { loadedSession, preloadSession } from '../../../src/content/early-session';
import { testSessionSlot } from './test-session-slot';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: () => '' }, runtime: { sendMessage: async () => undefined } },
}));

describe('early session', () => {
  it('is there once the preload has loaded it, and a slot creates its session from it', async () => {
    expect(loadedSession()).toBeNull();
    preloadSession();
    await vi.waitFor(() => expect(loadedSession()).not.toBeNull(), { timeout: 20_000 });
    const module = loadedSession()!;
    const createSession = vi.spyOn(module, 'createSession');
    const slot = testSessionSlot();
    const session = await slot.load();
    expect(createSession).toHaveBeenCalledOnce();
    session.dispose();
  });
});
