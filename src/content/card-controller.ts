// Opens, steps and closes the statement card; one card at a time, tied to the active highlight.
import { openCard, type Card, type CardContent, type CardLabels, type CardScheme } from '../page/card';
import { shadowOf } from '../page/card-element';
import type { Highlighter } from '../page/highlighter';
import { liveRange } from '../page/spot';
import { colorCss } from '../shared/speaker-colors';
import { continuesEarlier, identityOf } from '../shared/speaker-identity';
import type { AnchoredStatement, PageAnalysis } from './page-analysis';

export interface CardController {
  /** Opens the card of a statement (scrolling to it first when asked); false when it is not on the page. */
  open(id: string, scroll: boolean): boolean;
  /** Opens the next (+1) or previous (-1) statement's card, wrapping around. */
  step(direction: 1 | -1): boolean;
  close(): void;
}

function onPage(current: PageAnalysis | null): AnchoredStatement[] {
  return current ? current.anchored.filter((entry) => entry.range !== null) : [];
}

/** The entry `direction` steps from the one at `at` (none: the first or the last), wrapping around. */
function stepIndex(at: number, direction: 1 | -1, count: number): number {
  if (at < 0) return direction === 1 ? 0 : count - 1;
  return (at + direction + count) % count;
}

/** The id `direction` steps to from the open statement (none open: from the start or the end). */
function stepTarget(
  entries: readonly AnchoredStatement[],
  activeId: string | null,
  direction: 1 | -1,
): string | null {
  if (entries.length === 0) return null;
  const at = entries.findIndex((entry) => entry.statement.id === activeId);
  return entries[stepIndex(at, direction, entries.length)]?.statement.id ?? null;
}

/** One entity however it was named ("Meghan", "the duchess", a resolved "she"): stepped through by its id. */
function sameSpeaker(entries: readonly AnchoredStatement[], entry: AnchoredStatement): AnchoredStatement[] {
  const identity = identityOf(entry.statement.speaker);
  return entries.filter((other) => identityOf(other.statement.speaker) === identity);
}

/** What the card says of `entry`, the `index`-th of its speaker's `count` statements on the page. */
function cardContent(
  entry: AnchoredStatement,
  analysis: PageAnalysis,
  index: number,
  count: number,
): CardContent {
  return {
    statement: entry.statement,
    publisher: analysis.analysis.article.publisher,
    index: index + 1,
    count,
    continued: continuesEarlier(entry.statement, analysis.analysis.statements),
    color: colorCss(entry.color),
    attribution: [entry.mentionRange && liveRange(entry.mentionRange)].filter((range) => !!range),
  };
}

/** The open card's "show only" button (inside its closed root). */
const focusButtonOf = (card: Card | null): HTMLElement | null =>
  shadowOf(card?.element ?? null)?.querySelector<HTMLElement>('[part="focus"]') ?? null;

/** "Show only <speaker>" from the card: one speaker at a time, by identity; again shows all. */
function speakerFocus(highlighter: Highlighter) {
  let focused: string | null = null;
  return {
    is: (identity: string | null): boolean => identity !== null && focused === identity,
    toggle(identity: string | null, siblings: readonly AnchoredStatement[]): void {
      focused = focused === identity ? null : identity;
      highlighter.setFocus(focused ? new Set(siblings.map((s) => s.statement.id)) : null);
    },
  };
}

/** The statement `id` on the page, and its passage's live Range (made now: a spot has none till needed). */
function entryToOpen(analysis: PageAnalysis | null, id: string) {
  const entries = onPage(analysis);
  const entry = entries.find((candidate) => candidate.statement.id === id);
  const passage = entry?.range ? liveRange(entry.range) : null;
  return analysis && entry && passage ? { analysis, entries, entry, passage } : null;
}

/** Opens `id` by a step of the keyboard (scrolled to), and tells `onStepped` where it went. */
function openAndTell(
  entries: readonly AnchoredStatement[],
  id: string,
  open: (id: string, scroll: boolean) => boolean,
  onStepped: OnStepped | undefined,
): boolean {
  const at = entries.findIndex((entry) => entry.statement.id === id);
  const shown = open(id, true);
  const entry = entries[at];
  if (shown && entry) onStepped?.(entry, at + 1, entries.length);
  return shown;
}

/** Told where the keyboard moved (next/previous, the card's own buttons): the `index`-th of `count` on the page. */
type OnStepped = (entry: AnchoredStatement, index: number, count: number) => void;

export interface CardHooks {
  readonly onStepped?: OnStepped;
  /** Any card opened (a click, a step, the panel): the side panel follows it. */
  readonly onOpened?: (id: string) => void;
}

export function createCardController(
  doc: Document,
  highlighter: Highlighter,
  labels: CardLabels,
  current: () => PageAnalysis | null,
  scheme: () => CardScheme,
  hooks: CardHooks = {},
): CardController {
  let card: Card | null = null;
  let activeId: string | null = null;
  const focus = speakerFocus(highlighter);
  const close = (): void => {
    card?.close();
    card = null;
    activeId = null;
    highlighter.setActive(null);
  };
  const stepTo = (id: string): boolean => openAndTell(onPage(current()), id, open, hooks.onStepped);
  const open = (id: string, scroll: boolean): boolean => {
    const found = entryToOpen(current(), id);
    if (!found) return false;
    const { analysis, entries, entry, passage } = found;
    const siblings = sameSpeaker(entries, entry);
    const index = siblings.indexOf(entry);
    close();
    if (scroll) passage.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    activeId = id;
    highlighter.setActive(id);
    const go = (offset: number) => () => {
      const target = siblings[index + offset];
      if (target) stepTo(target.statement.id);
    };
    const identity = identityOf(entry.statement.speaker);
    const toggleFocus = (): void => {
      focus.toggle(identity, siblings);
      open(id, false);
      // The reopened card shows the button's new state; keep the keyboard where it was.
      focusButtonOf(card)?.focus();
    };
    card = openCard(
      doc,
      passage,
      { ...cardContent(entry, analysis, index, siblings.length), focused: focus.is(identity) },
      { onPrevious: go(-1), onNext: go(1), onClose: close, onFocus: toggleFocus },
      labels,
      scheme(),
    );
    hooks.onOpened?.(id);
    return true;
  };
  return {
    open,
    step(direction) {
      const next = stepTarget(onPage(current()), activeId, direction);
      return next ? stepTo(next) : false;
    },
    close,
  };
}
