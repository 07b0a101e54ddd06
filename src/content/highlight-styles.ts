// The paint for this page's highlights (shared/highlight-css.ts), adopted into the document on the first
// paint and dropped when Sourcelight stops painting here (the site switched off, the session gone): names
// a page registers after that get no style from us, and a page that is not an article has no stylesheet
// of ours to find. A constructed sheet, because it needs no permission (scripting.insertCSS would need
// host permissions in Chrome, and with them the tabs' URLs) and no <style> in the DOM (CSP may block it).
// Not at document start, though a sheet there would spare Chromium one restyle of the whole page when
// the paint arrives (0.2 s of style on a 5 MB article, with the rules on the root: highlight-css.ts): the
// page can read document.adoptedStyleSheets, so every page, articles or not, would see Sourcelight
// installed (issue 14, item 6), and every page would style its highlights' pseudo-elements for nothing.
// A manifest stylesheet, out of the page's reach, could only name fixed highlights, which any page could
// register to be painted as ours (item 7).
import { highlightCss, type HighlightStyle } from '../page/highlight-css';

export interface HighlightStyles {
  /** Adds the paint unless it is in already. */
  ensure(): void;
  /** Removes the paint, if added. */
  remove(): void;
}

/** `style` is read at each insertion, so a contrast setting changed meanwhile is the one painted. */
export function createHighlightStyles(doc: Document, style: () => HighlightStyle): HighlightStyles {
  let sheet: CSSStyleSheet | null = null;
  return {
    ensure() {
      if (sheet) return;
      try {
        const view = doc.defaultView as (Window & typeof globalThis) | null;
        if (!view) return;
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(highlightCss(style()));
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } catch {
        // A page that broke adoptedStyleSheets gets highlights without paint, and no error.
        sheet = null;
      }
    },
    remove() {
      if (!sheet) return;
      const ours = sheet;
      sheet = null;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== ours);
      } catch {
        // As above: nothing to undo that the page let us do.
      }
    },
  };
}
