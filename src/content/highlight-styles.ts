// The paint for this page's highlights (page/highlight-css.ts), in the document only while Sourcelight
// paints it or is about to: dropped when it stops (the site switched off, the session gone, no article
// found), so names a page registers after that get no style from us. A constructed sheet, because it needs
// no permission (scripting.insertCSS would need host permissions in Chrome, and with them the tabs' URLs)
// and no <style> in the DOM (CSP may block it). Adopted as early as it may be: by the document_start
// script (early-styles.ts) once the page looks like an article and the settings read says the pass runs
// on this site, else on the first paint. Chromium restyles the whole document when the sheet arrives (the
// rules are on the root and inherited: highlight-css.ts), 0.2 s on a 5 MB article once parsed; adopted
// early, that restyle covers only the part parsed so far (Firefox answers the read only once the page is
// parsed: there it only comes sooner). Never before that read, nor on every page at document start: the
// page can read document.adoptedStyleSheets, so every page, articles or not, would see Sourcelight
// installed (issue 14, item 6), as would a page whose site the user switched off. A manifest stylesheet,
// out of the page's reach, could only name fixed highlights, which any page could register to be painted
// as ours (item 7).
import { highlightCss, type HighlightStyle } from '../page/highlight-css';

export interface HighlightStyles {
  /** Adds the paint unless it is in already. */
  ensure(): void;
  /** Removes the paint, if added. */
  remove(): void;
}

/** Adopts a new sheet of `css` into `doc`; null where the page broke adoptedStyleSheets (no error). */
export function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return null;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // A page that broke adoptedStyleSheets gets highlights without paint, and no error.
    return null;
  }
}

/** Takes `sheet` out of `doc`'s adopted sheets, leaving the page's own. */
export function dropSheet(doc: Document, sheet: CSSStyleSheet): void {
  try {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // As above: nothing to undo that the page let us do.
  }
}

/**
 * `style` is read at each insertion, so a contrast setting changed meanwhile is the one painted;
 * `adopted`: the sheet for it already in the document (the early one), removed like one added here.
 */
export function createHighlightStyles(
  doc: Document,
  style: () => HighlightStyle,
  adopted: CSSStyleSheet | null = null,
): HighlightStyles {
  let sheet = adopted;
  return {
    ensure() {
      sheet ??= adoptSheet(doc, highlightCss(style()));
    },
    remove() {
      if (!sheet) return;
      dropSheet(doc, sheet);
      sheet = null;
    },
  };
}
