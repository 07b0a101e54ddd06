// The panel's requests for more of a speaker's statements, where the page sent only the first: one
// request per group at a time (a button pressed while its group scrolls into view asks once), and a page
// that answers for an analysis the panel no longer shows is dropped.
import type { SpeakerGroup } from '../shared/group-by-speaker';
import type { SpeakerSummary, StatementPage } from '../shared/messages';

/** Where the page sent only some statements: every speaker counted, and how to ask for more of one's. */
export interface PanelPaging {
  readonly speakers: readonly SpeakerSummary[];
  readonly load: (speaker: string, from: number) => Promise<StatementPage>;
}

/** What the panel shows now. */
export interface PagerView {
  readonly paging: PanelPaging | null;
  readonly groups: readonly SpeakerGroup[];
}

/** `more(key)` asks for the next page of that group; `add` gets each page with how many the group had. */
export function groupPager(
  now: () => PagerView,
  add: (key: string, page: StatementPage, had: number) => void,
): (key: string) => Promise<void> {
  const loading = new Set<string>();
  return async (key) => {
    const { paging, groups } = now();
    const had = groups.find((g) => g.key === key)?.statements.length;
    if (had === undefined || !paging || loading.has(key)) return;
    loading.add(key);
    // No answer (the page went away): the button stays, to ask again.
    const page = await paging.load(key, had).catch(() => null);
    loading.delete(key);
    if (page && now().paging === paging && page.statements.length > 0) add(key, page, had);
  };
}
