// The panel's list half: the cast chips, the kind-of-source filter and the grouped statements, and the
// speaker in focus (a chip pressed). Holds that state; index.ts tells it what the page analysed.
import type { Statement } from '../core/types';
import type { Translate } from '../ui/localize';
import { filterGroups, typesPresent, type GroupFilter } from './filter-groups';
import { groupBySpeaker, type SpeakerGroup } from './group-by-speaker';
import { renderCast } from './render-cast';
import { renderStatements, renderTypeOptions } from './render-statements';
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
  /** The speaker in focus changed (their statements' ids; null: none): the page dims the others. */
  readonly onFocus: (ids: readonly string[] | null) => void;
}

export interface PanelList {
  /** `times`: a live blog's entry time per statement id (PageReport.entryTimes). */
  show(statements: readonly Statement[], times?: Readonly<Record<string, string>>): void;
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

  const setFocus = (key: string | null): void => {
    focused = key;
    render();
    const group = groups.find((g) => g.key === key);
    events.onFocus(group ? group.statements.map((s) => s.id) : null);
  };
  const render = (): void => {
    replaceCast(
      parts.cast,
      renderCast(doc, groups, focused, t, (key) => setFocus(key === focused ? null : key)),
    );
    renderTypeOptions(doc, parts.typeSelect, typesPresent(groups), t);
    const filter: GroupFilter = {
      speaker: focused ?? 'all',
      type: parts.typeSelect.value as GroupFilter['type'],
    };
    parts.statements.replaceChildren(
      renderStatements(doc, filterGroups(groups, filter), t, events.onSelect, times),
    );
    resetRovingFocus(parts.statements);
    if (current) revealStatement(parts.statements, current);
  };

  parts.typeSelect.addEventListener('change', render);
  rovingFocus(parts.statements);
  return {
    show(statements, entryTimes = {}) {
      const start = performance.now();
      times = entryTimes;
      groups = groupBySpeaker(statements);
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
      revealStatement(parts.statements, id);
    },
  };
}
