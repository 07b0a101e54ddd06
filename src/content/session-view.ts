// What the session shows on the page: the highlights (muted for the page watcher, since our own marks
// in fallback mode must not look like page changes) and the card, tied to the page store's analysis.
import { speakerHeading } from '../page/card-speaker';
import type { HighlightStyle } from '../page/highlight-css';
import { createHighlighter, type Highlighter } from '../page/highlighter';
import { createSkipLink, type SkipLink } from '../page/skip-link';
import type { Settings } from '../shared/settings';
import { createCardController, type CardController } from './card-controller';
import { lazyCardLabels, skipLinkLabels } from './card-labels';
import { takeEarlyStyles } from './early-styles';
import { createHighlightStyles, dropSheet, type HighlightStyles } from './highlight-styles';
import type { PageAnalysis } from './page-analysis';
import type { PageStore } from './page-store';
import { followPassagesInView } from './follow-passages-in-view';
import type { PassView } from './run-pass';
import { tellPanelOpened } from './tell-panel';
import type { PageWatch } from './watch-page';

export interface SessionView extends PassView {
  readonly cards: CardController;
  /** Closes the card and removes every highlight. */
  clear(): void;
  /** clear(), and the highlights' paint goes too: Sourcelight stops painting the page. */
  retire(): void;
}

/** Muted for the watcher; the first paint brings the highlights' stylesheet in, unless it is in already. */
function mutedHighlighter(
  raw: Highlighter,
  watch: () => PageWatch | null,
  styles: HighlightStyles,
): Highlighter {
  const muted = <T>(work: () => T): T => {
    const current = watch();
    return current ? current.muted(work) : work();
  };
  const { reconcile } = raw;
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
    ...(reconcile && { reconcile: (wanted) => muted(() => reconcile(wanted)) }),
  };
}

/**
 * The highlighter and its paint: the sheet the document_start script adopted (early-styles.ts) and its
 * prefix when that sheet is for the contrast and mode of now, else a new prefix painted on the first paint.
 */
function highlighterAndStyles(doc: Document, highContrast: () => boolean, beforeShowInView: () => void) {
  const early = takeEarlyStyles(doc);
  const raw = createHighlighter(doc, { ...(early && { prefix: early.style.prefix }), beforeShowInView });
  const style = () => ({ prefix: raw.prefix, highContrast: highContrast(), marks: raw.mode === 'marks' });
  const fits = early !== null && isSameStyle(early.style, style());
  if (early && !fits) dropSheet(doc, early.sheet);
  return { raw, styles: createHighlightStyles(doc, style, fits ? early.sheet : null) };
}

const isSameStyle = (a: HighlightStyle, b: HighlightStyle): boolean =>
  a.prefix === b.prefix && a.highContrast === b.highContrast && a.marks === b.marks;

export function createSessionView(
  doc: Document,
  store: PageStore,
  settings: () => Settings,
  watch: () => PageWatch | null,
): SessionView {
  // Past the window's limit the keyboard link comes with the first highlights the look-up registers, in
  // their task (one frame over the whole page, not two); otherwise after the paint (countAfterPaint).
  const inView = linkInView(store, () => skipLink);
  const { raw, styles } = highlighterAndStyles(doc, () => settings().colorScheme === 'high-contrast', inView);
  const labels = lazyCardLabels();
  const skipLabels = skipLinkLabels();
  // The keyboard's entry point: from the link, the first statement; each step is announced with its speaker.
  const skipLink = createSkipLink(
    doc,
    () => {
      cards.close();
      cards.step(1);
    },
    skipLabels,
  );
  const highlighter = followPassagesInView(mutedHighlighter(raw, watch, styles));
  const cards = createCardController(
    doc,
    highlighter,
    labels,
    () => store.current,
    () => settings().colorScheme,
    {
      onStepped: (entry, index, count) =>
        skipLink.announce(skipLabels.announce(index, count, speakerHeading(entry.statement.speaker, labels))),
      onOpened: tellPanelOpened,
    },
  );
  const clear = (): void => {
    cards.close();
    highlighter.clear();
    skipLink.remove();
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
      // Highlights the next paint reconciles stay until then (a refresh repaints only what changed).
      cards.close();
      if (!highlighter.reconcile) highlighter.clear();
      store.show(next);
    },
    // After the paint, not with replace: its label is the page's first read of the locale files.
    painted: countAfterPaint(store, skipLink),
  };
}

/** Puts the keyboard link on the page, with the count of the analysis shown, unless it is there. */
const linkInView = (store: PageStore, link: () => SkipLink) => (): void => {
  const skipLink = link();
  if (!skipLink.shown() && store.current) skipLink.updateLater(linkCount(store.current));
};

/** The statements the keyboard link goes through: those anchored. */
function linkCount(page: PageAnalysis): number {
  let count = 0;
  for (const entry of page.anchored) if (entry.range !== null) count++;
  return count;
}

/** The skip link's count after a paint. A full pass may paint again (a huge article, section by section):
 * the link comes with the first paint (or, past the window's limit, with the first highlights registered:
 * beforeShowInView) and says the final count once the pass is over. The pass ends in the task
 * of its last paint (the session then leaves 'analyzing'), so a task later tells whether this one was
 * the last. */
function countAfterPaint(store: PageStore, skipLink: SkipLink): (page: PageAnalysis) => void {
  return (page) => {
    const count = linkCount(page);
    if (store.state !== 'analyzing') return skipLink.update(count);
    skipLink.updateLater(count);
    setTimeout(() => {
      if (store.state !== 'analyzing') skipLink.settle();
    }, 0);
  };
}
