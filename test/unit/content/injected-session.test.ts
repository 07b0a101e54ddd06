// @vitest-environment jsdom
// Chrome's preload asks the background to inject the analyzer (background/inject-session.ts): the entry's
// session slot takes what the injected script delivers, and imports the module itself where the injection
// failed or answered without delivering it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  arrivingSession,
  deliverSession,
  loadedSession,
  preloadSession,
} from '../../../src/content/early-session';
import * as sessionModule from '../../../src/content/session';
import { testSessionSlot } from './test-session-slot';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: () => '' }, runtime: { sendMessage: async () => undefined } },
}));

beforeEach(() => {
  const global = globalThis as Record<string, unknown>;
  delete global.__sourcelightSession;
  delete global.__sourcelightSessionArriving;
});

describe('injected session', () => {
  it('arrives with the injected script, and the slot creates its session from it', async () => {
    let answer: () => void = () => undefined;
    preloadSession(() => new Promise<void>((resolve) => (answer = resolve)));
    expect(loadedSession()).toBeNull();
    const arriving = arrivingSession();
    expect(arriving).not.toBeNull();
    const delivered = { ...sessionModule, createSession: vi.fn(sessionModule.createSession) };
    deliverSession(delivered);
    answer();
    await expect(arriving).resolves.toBe(delivered);
    expect(loadedSession()).toBe(delivered);
    (await testSessionSlot().load()).dispose();
    expect(delivered.createSession).toHaveBeenCalledOnce();
  });

  it.each([
    ['the injection fails', () => Promise.reject(new Error('Cannot access contents of the page'))],
    ['the background answers without it', () => Promise.resolve()],
  ])('is imported after all where %s', async (_name, inject) => {
    preloadSession(inject);
    await expect(arrivingSession()).rejects.toThrow();
    const session = await testSessionSlot().load();
    expect(typeof session.run).toBe('function');
    session.dispose();
  });
});
