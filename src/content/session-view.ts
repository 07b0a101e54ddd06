// What the session shows on the page: the highlights (muted for the page watcher, since our own marks
// in fallback mode must not look like page changes) and the card, tied to the page store's analysis.
import { createHighlighter, type Highlighter } from '../page/highlighter';
import type { Settings } from '../shared/settings';
import { createCardController, type CardController } from './card-controller';
import { cardLabels } from './card-labels';
import { createHighlightStyles, type HighlightStyles } from './highlight-styles';
import type { PageStore } from './page-store';
import type { PassView } from './run-pass';
import type { PageWatch } from './watch-page';

export interface SessionView extends PassView {
  readonly cards: CardController;
  /** Closes the card and removes every highlight. */
  clear(): void;
  /** clear(), and the highlights' paint goes too: Sourcelight stops painting the page. */
  retire(): void;
}

/** Muted for the watcher; the first paint brings the highlights' stylesheet in. */
function mutedHighlighter(
  raw: Highlighter,
  watch: () => PageWatch | null,
  styles: HighlightStyles,
): Highlighter {
  const muted = <T>(work: () => T): T => {
    const current = watch();
    return current ? current.muted(work) : work();
  };
  return {
    mode: raw.mode,
    prefix: raw.prefix,
    add: (items) => {
      styles.ensure();
      muted(() => raw.add(items));
    },
    setActive: (id) => muted(() => raw.setActive(id)),
    setFocus: (ids) => muted(() => raw.setFocus(ids)),
    statementAt: (x, y, target) => raw.statementAt(x, y, target),
    clear: () => muted(() => raw.clear()),
  };
}

export function createSessionView(
  doc: Document,
  store: PageStore,
  settings: () => Settings,
  watch: () => PageWatch | null,
): SessionView {
  const raw = createHighlighter(doc);
  const styles = createHighlightStyles(doc, () => ({
    prefix: raw.prefix,
    highContrast: settings().colorScheme === 'high-contrast',
    marks: raw.mode === 'marks',
  }));
  const highlighter = mutedHighlighter(raw, watch, styles);
  const cards = createCardController(
    doc,
    highlighter,
    cardLabels(),
    () => store.current,
    () => settings().colorScheme,
  );
  const clear = (): void => {
    cards.close();
    highlighter.clear();
  };
  return {
    highlighter,
    cards,
    clear,
    retire: () => {
      clear();
      styles.remove();
    },
    options: () => ({ showUnattributed: settings().showUnattributed }),
    replace: (next) => {
      clear();
      store.show(next);
    },
  };
}
