// A session slot for a page at a fixed address with the default settings, for the tests of how the
// analyzer's session arrives (early-session, injected-session).
import { createPageStore } from '../../../src/content/page-store';
import { createSessionSlot } from '../../../src/content/session-slot';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

export function testSessionSlot(): ReturnType<typeof createSessionSlot> {
  return createSessionSlot(
    {
      doc: document,
      store: createPageStore(
        () => 'https://news.example/a',
        () => undefined,
      ),
      settings: () => DEFAULT_SETTINGS,
      onNavigated: () => undefined,
      isAlive: () => true,
      onOrphaned: () => undefined,
    },
    async () => undefined,
    new AbortController().signal,
  );
}
