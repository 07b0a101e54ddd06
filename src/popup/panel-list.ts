// The panel's list half: the cast chips, the kind-of-source filter and the grouped statements, and the
// speaker in focus (a chip pressed). Holds that state; index.ts tells it what the page analysed.
import type { Statement } from '../core/types';
import { summarizeAnalysis } from '../shared/statement-pages';
import type { Translate } from '../ui/localize';
import { filterGroups, typesPresent, type GroupFilter } from './filter-groups';
import { groupCount, type SpeakerGroup } from '../shared/group-by-speaker';
import { groupPager, loadThrough, type PanelPaging } from './group-pager';
import { listedGroups, withMore } from './listed-groups';
import { renderCast } from './render-cast';
import { renderGroup, renderStatements, renderTypeOptions } from './render-statements';
import { revealStatement } from './reveal-statement';
import { resetRovingFocus, rovingFocus } from './roving-focus';

export interface PanelListParts {
  readonly cast: HTMLElement;
  readonly typeSelect: HTMLSelectElement;
  readonly statements: HTMLElement;
}

export interface PanelListEvents {
  /** The reader activated an entry: show its passage. */
  readonly onSelect: (id: string) => void;
  /** The speaker in focus changed (their statements' ids had so far, and their key; null: none): the page
   * dims the others. */
  readonly onFocus: (ids: readonly string[] | null, speaker?: string) => void;
}

export interface PanelList {
  /** `times`: a live blog's entry time per statement id (PageReport.entryTimes); `paging`: the page's summary
   * where `statements` are only the first of them (by default they are all). */
  show(
    statements: readonly Statement[],
    times?: Readonly<Record<string, string>>,
    paging?: PanelPaging,
  ): void;
  /** Clears the speaker in focus; false when there was none (so Escape can mean something else). */
  clearFocus(): boolean;
  /** The page opened this statement's card: unfold, scroll to and mark its entry (kept across re-renders). */
  reveal(id: string): void;
}

/** Puts the new chips in; the chip the reader just pressed was replaced, so its successor takes the focus,
 * not the page's body. */
function replaceCast(cast: HTMLElement, chips: Node): void {
  const keep = (cast.ownerDocument.activeElement as HTMLElement | null)?.dataset?.cast;
  cast.replaceChildren(chips);
  if (keep) cast.querySelector<HTMLElement>(`[data-cast="${CSS.escape(keep)}"]`)?.focus();
}

/** Asks for more of a group when its "more" button comes near the view (the reader scrolled to it). */
function moreWhenSeen(list: HTMLElement, onSeen: (key: string) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const observer = new IntersectionObserver(
    (seen) => {
      for (const entry of seen) {
        const key = (entry.target as HTMLElement).dataset.more;
        if (entry.isIntersecting && key !== undefined) onSeen(key);
      }
    },
    { rootMargin: '200px' },
  );
  return () => {
    observer.disconnect();
    for (const button of list.querySelectorAll('[data-more]')) observer.observe(button);
  };
}

/** Puts a group's section back with the statements it has now; the focus goes on to the first new one. */
function replaceSection(
  list: HTMLElement,
  next: HTMLDetailsElement,
  had: number,
  current: string | null,
): void {
  const old = [...list.querySelectorAll<HTMLDetailsElement>('details[data-group]')].find(
    (section) => section.dataset.group === next.dataset.group,
  );
  if (!old) return;
  const pressed = old.contains(list.ownerDocument.activeElement);
  next.open = old.open;
  old.replaceWith(next);
  if (pressed) next.querySelectorAll<HTMLElement>('[data-statement-id]')[had]?.focus();
  if (!list.querySelector('[tabindex="0"]')) resetRovingFocus(list, current);
  if (current) revealStatement(list, current);
}

/** What the page is told of a speaker in focus: their ids, and the key of a group the panel has only part of. */
function focusOf(group: SpeakerGroup | undefined): [readonly string[] | null, string?] {
  if (!group) return [null];
  const ids = group.statements.map((s) => s.id);
  return groupCount(group) > group.statements.length ? [ids, group.key] : [ids];
}

/** What the list shows, and what its controls do. */
interface ListState {
  readonly groups: readonly SpeakerGroup[];
  readonly focused: string | null;
  readonly times: Readonly<Record<string, string>>;
  readonly current: string | null;
}
interface ListActions {
  readonly choose: (key: string) => void;
  readonly onSelect: (id: string) => void;
  readonly more: (key: string) => Promise<void>;
}

/** Renders the chips, the type filter's options and the groups the filters leave. */
function renderList(
  doc: Document,
  parts: PanelListParts,
  t: Translate,
  state: ListState,
  act: ListActions,
): void {
  const { groups, focused, times, current } = state;
  replaceCast(parts.cast, renderCast(doc, groups, focused, t, act.choose));
  renderTypeOptions(doc, parts.typeSelect, typesPresent(groups), t);
  const filter: GroupFilter = {
    speaker: focused ?? 'all',
    type: parts.typeSelect.value as GroupFilter['type'],
  };
  const shown = filterGroups(groups, filter);
  parts.statements.replaceChildren(
    renderStatements(doc, shown, t, act.onSelect, times, (key) => void act.more(key)),
  );
  resetRovingFocus(parts.statements);
  if (current) revealStatement(parts.statements, current);
}

export function createPanelList(
  doc: Document,
  parts: PanelListParts,
  t: Translate,
  events: PanelListEvents,
): PanelList {
  let groups: SpeakerGroup[] = [];
  let times: Readonly<Record<string, string>> = {};
  let focused: string | null = null;
  let current: string | null = null;
  let paging: PanelPaging | null = null;

  const setFocus = (key: string | null): void => {
    focused = key;
    render();
    events.onFocus(...focusOf(groups.find((g) => g.key === key)));
  };
  const render = (): void => {
    const choose = (key: string) => setFocus(key === focused ? null : key);
    renderList(doc, parts, t, { groups, focused, times, current }, { choose, ...events, more });
    watchMore();
  };
  const more = groupPager(
    () => ({ paging, groups }),
    (key, page, had) => {
      groups = withMore(groups, key, page.statements);
      times = { ...times, ...page.entryTimes };
      const group = groups.find((g) => g.key === key);
      if (group) replaceSection(parts.statements, renderGroup(doc, group, t, times), had, current);
      watchMore();
    },
  );
  const watchMore = moreWhenSeen(parts.statements, (key) => void more(key));

  parts.typeSelect.addEventListener('change', render);
  rovingFocus(parts.statements);
  return {
    show(statements, entryTimes = {}, pages) {
      const start = performance.now();
      times = entryTimes;
      paging = pages ?? null;
      groups = listedGroups(pages?.speakers ?? summarizeAnalysis(statements).speakers, statements);
      // Another page (or another pass) has its own ids: the page tells again when a card opens.
      current = null;
      if (focused !== null && !groups.some((g) => g.key === focused)) focused = null;
      render();
      // Read by scripts/bench-panel.ts: a long list must stay fast (issue 11: 300 statements, < 100 ms).
      performance.measure('sourcelight:panel-list', { start });
    },
    clearFocus() {
      if (focused === null) return false;
      setFocus(null);
      return true;
    },
    reveal(id) {
      current = id;
      if (!revealStatement(parts.statements, id)) void loadThrough(id, () => ({ paging, groups }), more);
    },
  };
}
