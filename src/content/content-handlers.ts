// The content script's answers to the popup and the background, one per command of the contract
// (shared/messages.ts ContentCommands), each typed with that command's response.
import type { ContentHandlers, PageReport } from '../shared/messages';
import type { UiState } from '../shared/ui-state';
import type { PageAnalysis } from './page-analysis';
import type { PageStore } from './page-store';
import type { Session } from './session';
import type { SessionSlot } from './session-slot';

/** No session, nothing of ours on the page. */
const NO_UI: UiState = {
  card: { present: false, open: false, text: '', parts: {}, html: '' },
  nav: { present: false, focused: false, text: '', box: null, live: '', html: '' },
};

/**
 * The store's report, built once per analysis on the page: the panel asks again and again (it polls
 * while the page is analysed, and each reportChanged starts another ask), and in Firefox a ready report
 * of a 5 MB article held the page's main thread 30-60 ms each time (its first page of statements and
 * their live-blog entry times, looked up over the whole article). A navigation or a new pass leaves
 * 'ready' or shows another analysis, and so builds a new report.
 */
function reportOnce(store: PageStore): () => PageReport {
  let built: { of: PageAnalysis; report: PageReport } | null = null;
  return () => {
    const shown = store.state === 'ready' ? store.current : null;
    if (!shown) return store.report();
    if (built?.of !== shown) built = { of: shown, report: store.report() };
    return built.report;
  };
}

const no = (): boolean => false;

export function contentHandlers(slot: SessionSlot, store: PageStore): ContentHandlers {
  /** What a loaded session answers; `otherwise()` where none was ever asked for. */
  const ifLoaded = async <T>(ask: (session: Session) => Promise<T>, otherwise: () => T): Promise<T> => {
    const session = slot.loaded();
    return session ? ask(await session) : otherwise();
  };
  const report = reportOnce(store);
  return {
    // A session still loading is waited for: it is about to say 'analyzing'.
    getReport: () => ifLoaded(async () => report(), report),
    getStatements: async (request) => store.statements(request),
    analyzeNow: async () => {
      await (await slot.load()).run();
      return report();
    },
    showStatement: async ({ id }) => ({ shown: await ifLoaded((session) => session.show(id), no) }),
    stepStatement: async ({ direction }) => ({
      shown: await ifLoaded((session) => session.step(direction), no),
    }),
    focusStatements: async ({ ids, speaker }) => ({
      shown: await ifLoaded(
        (session) => session.focus(speaker === undefined ? ids : store.speakerIds(speaker)),
        no,
      ),
    }),
    setActive: async ({ active }) => (await slot.load()).setActive(active),
    describeUi: () =>
      ifLoaded(
        async (session) => session.describeUi(),
        () => NO_UI,
      ),
  };
}
