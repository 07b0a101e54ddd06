// The content script's answers to the popup and the background, one per command of the contract
// (shared/messages.ts ContentCommands), each typed with that command's response.
import type { ContentHandlers } from '../shared/messages';
import type { UiState } from '../shared/ui-state';
import type { PageStore } from './page-store';
import type { Session } from './session';
import type { SessionSlot } from './session-slot';

/** No session, nothing of ours on the page. */
const NO_UI: UiState = {
  card: { present: false, open: false, text: '', parts: {}, html: '' },
  nav: { present: false, focused: false, text: '', box: null, live: '', html: '' },
};

export function contentHandlers(slot: SessionSlot, store: PageStore): ContentHandlers {
  /** What a loaded session answers; `otherwise` where none was ever asked for. */
  const ifLoaded = async <T>(ask: (session: Session) => Promise<T>, otherwise: T): Promise<T> => {
    const session = slot.loaded();
    return session ? ask(await session) : otherwise;
  };
  return {
    // A session still loading is waited for: it is about to say 'analyzing'.
    getReport: () => ifLoaded(async () => store.report(), store.report()),
    getStatements: async (request) => store.statements(request),
    analyzeNow: async () => {
      await (await slot.load()).run();
      return store.report();
    },
    showStatement: async ({ id }) => ({ shown: await ifLoaded((session) => session.show(id), false) }),
    stepStatement: async ({ direction }) => ({
      shown: await ifLoaded((session) => session.step(direction), false),
    }),
    focusStatements: async ({ ids, speaker }) => ({
      shown: await ifLoaded(
        (session) => session.focus(speaker === undefined ? ids : store.speakerIds(speaker)),
        false,
      ),
    }),
    setActive: async ({ active }) => (await slot.load()).setActive(active),
    describeUi: () => ifLoaded(async (session) => session.describeUi(), NO_UI),
  };
}
