// The highlights' paint (highlight-styles.ts) as the document_start script (preload.ts) adopts it: on what
// looks like an article, once its settings read says the pass runs here (auto-run on, the site not
// switched off), with a highlight prefix drawn then. Chromium restyles every element the document holds
// when the sheet comes in; its read answers at the page's first frame, which on the 5 MB article is
// 0.2-0.45 s into a 1-2.4 s parse, so the restyle covers that part (+25-35 ms of style in that frame)
// instead of the whole page after its load (0.19 s). Firefox answers the read only once the page is
// parsed: there the restyle (~70 ms on that page) only moves before the load event.
// Handed to the session's highlighter through the content scripts' own global (their isolated world in
// Chrome, their sandbox in Firefox), as early-settings.ts hands over the settings read; dropped by the
// entry when it does not run the pass after all (no article at document_idle, switched off meanwhile),
// and by the session when its pass finds no article.
import { highlightApi } from '../page/highlight-api';
import { highlightCss, randomHighlightPrefix, type HighlightStyle } from '../page/highlight-css';
import { adoptSheet, dropSheet } from './highlight-styles';

const SLOT = '__sourcelightEarlyStyles';

export interface EarlyStyles {
  /** What the sheet was written for: the prefix the session's highlights take, the contrast, the mode. */
  readonly style: HighlightStyle;
  readonly sheet: CSSStyleSheet;
}

/** 'closed': the session took the sheet, or the entry dropped it; none is adopted after that. */
const holder = globalThis as { [SLOT]?: (EarlyStyles & { readonly doc: Document }) | 'closed' };

/** Adopts the paint for a new prefix into `doc` (once, and not once the entry has decided), for the session. */
export function adoptEarlyStyles(doc: Document, highContrast: boolean): void {
  if (holder[SLOT]) return;
  const style = { prefix: randomHighlightPrefix(), highContrast, marks: highlightApi(doc) === null };
  const sheet = adoptSheet(doc, highlightCss(style));
  if (sheet) holder[SLOT] = { style, sheet, doc };
}

/** The sheet adopted early in `doc`, once (null when there is none): its owner now removes it. */
export function takeEarlyStyles(doc: Document): EarlyStyles | null {
  const early = holder[SLOT];
  holder[SLOT] = 'closed';
  if (!early || early === 'closed') return null;
  if (early.doc === doc) return early;
  dropSheet(early.doc, early.sheet);
  return null;
}

/** Removes the sheet adopted early (and any to come): the pass does not run here by itself after all. */
export function dropEarlyStyles(): void {
  const early = holder[SLOT];
  holder[SLOT] = 'closed';
  if (early && early !== 'closed') dropSheet(early.doc, early.sheet);
}
