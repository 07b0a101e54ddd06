// The highlights' paint is in the page only while Sourcelight paints it: adopted once on the first paint,
// the page's own adopted sheets kept, dropped when Sourcelight stops (so a name a page registers after
// that is unstyled), written anew with the contrast setting of the moment, and never an error the page sees.
// A sheet adopted early (early-styles.ts) is taken over as if added here.
import { describe, expect, it } from 'vitest';
import { createHighlightStyles } from '../../../src/content/highlight-styles';
import type { HighlightStyle } from '../../../src/page/highlight-css';

class FakeSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}

function fakeDoc(options: { refuse?: boolean } = {}) {
  const own = new FakeSheet();
  let sheets: FakeSheet[] = [own];
  const doc = {
    defaultView: { CSSStyleSheet: FakeSheet },
    get adoptedStyleSheets() {
      return sheets;
    },
    set adoptedStyleSheets(next: FakeSheet[]) {
      if (options.refuse) throw new TypeError('the page replaced adoptedStyleSheets');
      sheets = next;
    },
  };
  return { doc: doc as unknown as Document, own, sheets: () => sheets };
}

const style = (highContrast: boolean): HighlightStyle => ({
  prefix: 'sourcelight-t1',
  highContrast,
  marks: false,
});

describe('createHighlightStyles', () => {
  it('adopts one sheet for the prefix, keeps the page’s own, and drops ours on remove()', () => {
    const { doc, own, sheets } = fakeDoc();
    const styles = createHighlightStyles(doc, () => style(false));
    styles.ensure();
    styles.ensure();
    expect(sheets()).toHaveLength(2);
    expect(sheets()[0]).toBe(own);
    expect(sheets()[1]?.text).toContain('::highlight(sourcelight-t1-speaker-0)');
    styles.remove();
    expect(sheets()).toEqual([own]);
  });

  it('writes the contrast setting of the moment when it adopts again', () => {
    const { doc, sheets } = fakeDoc();
    let highContrast = false;
    const styles = createHighlightStyles(doc, () => style(highContrast));
    styles.ensure();
    const normal = sheets()[1]?.text;
    styles.remove();
    highContrast = true;
    styles.ensure();
    expect(sheets()[1]?.text).not.toBe(normal);
  });

  it('takes over a sheet adopted already (the early one): adds none, and removes it', () => {
    const { doc, own, sheets } = fakeDoc();
    const early = new FakeSheet();
    doc.adoptedStyleSheets = [own, early] as unknown as CSSStyleSheet[];
    const styles = createHighlightStyles(doc, () => style(false), early as unknown as CSSStyleSheet);
    styles.ensure();
    expect(sheets()).toEqual([own, early]);
    styles.remove();
    expect(sheets()).toEqual([own]);
    styles.ensure();
    expect(sheets()).toHaveLength(2);
    expect(sheets()[1]).not.toBe(early);
  });

  it('throws nothing where the page broke adoptedStyleSheets', () => {
    const { doc, sheets } = fakeDoc({ refuse: true });
    const styles = createHighlightStyles(doc, () => style(false));
    expect(() => styles.ensure()).not.toThrow();
    expect(() => styles.remove()).not.toThrow();
    expect(sheets()).toHaveLength(1);
  });
});
