// Styles for a shadow root of ours on the page (the card, the skip link).
import { cardElement as el } from './card-element';

/** A constructed sheet is not subject to the page's style-src CSP; a <style> is the fallback. */
export function adoptStyle(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el(doc, 'style', css));
  }
}
