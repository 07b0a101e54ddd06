// Whether the page itself is dark, whatever the system setting: a dark site gets a dark card.
// Reads the first opaque background among body and html (a page with none is the browser's white).

/** Relative luminance below which a background counts as dark (mid-grey #777 is about 0.18). */
const DARK_LUMINANCE = 0.2;

function parseRgb(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? parseFloat(alphaText) / 100
        : parseFloat(alphaText);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const color = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (color && color.alpha >= 0.5) return luminance(color.rgb) < DARK_LUMINANCE;
  }
  return false;
}
