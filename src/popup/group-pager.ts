// The panel's requests for more of a speaker's statements, where the page sent only the first: one
// request per group at a time (a button pressed while its group scrolls into view asks once), and a page
// that answers for an analysis the panel no longer shows is dropped.
import { groupCount, type SpeakerGroup } from '../shared/group-by-speaker';
import type { SpeakerSummary, StatementPage } from '../shared/statement-page-messages';

/** Where the page sent only some statements: every speaker counted, and how to ask for more of one's. */
export interface PanelPaging {
  readonly speakers: readonly SpeakerSummary[];
  readonly load: (speaker: string, from: number) => Promise<StatementPage>;
  /** The key of the speaker of the statement with this id, where the page knows it. */
  readonly speakerOf: (id: string) => Promise<string | null>;
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

/**
 * Asks for the pages of `id`'s speaker until their group lists it (the page opened the card of, or the
 * reader scrolled to, a statement the panel has not had yet); false where it cannot get there.
 */
export async function loadThrough(
  id: string,
  now: () => PagerView,
  more: (key: string) => Promise<void>,
): Promise<boolean> {
  const { paging } = now();
  const key = paging ? await paging.speakerOf(id).catch(() => null) : null;
  for (let had = -1; key !== null && now().paging === paging;) {
    const group = now().groups.find((g) => g.key === key);
    if (!group || group.statements.length === had) return false; // no progress: no answer, or asked already
    if (group.statements.some((s) => s.id === id)) return true;
    if (group.statements.length >= groupCount(group)) return false;
    had = group.statements.length;
    await more(key);
  }
  return false;
}
