// Clicks the first, middle and last client rect of every highlighted passage on a page and checks that
// each click opens that passage's card (its ranges become the active highlight). The rect lists and the
// checks run in the page: one round trip per click (check the last + aim the next), plus the click itself.
import type { PageHandle } from './harness';

/** In the page's main world: `__slSweep.step(i, j)` checks target `j` (the last click, or -1) and aims at `i`. */
const INSTALL = `(() => {
  if (globalThis.__slSweep) return globalThis.__slSweep.targets.length;
  // Highlight names are sourcelight-<random per page>-<kind> (docs/testing-hooks.md).
  const STATEMENT = /^sourcelight-[a-z0-9]+-speaker-/;
  const ACTIVE = /^sourcelight-[a-z0-9]+-active$/;
  const usable = (r) => r.width >= 2 && r.height >= 4;
  // What the highlight paints: the text's own line boxes. A range's getClientRects also lists the border
  // box of each element it holds whole, whose blank middle is no highlight (or another passage's text).
  const textRects = (range) => {
    const rects = [];
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root.nodeType === 1 ? root : root.parentNode, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      const part = document.createRange();
      part.selectNodeContents(node);
      if (node === range.startContainer) part.setStart(node, range.startOffset);
      if (node === range.endContainer) part.setEnd(node, range.endOffset);
      rects.push(...[...part.getClientRects()].filter(usable));
    }
    return rects;
  };
  const targets = [];
  const seen = new Set();
  for (const [name, highlight] of CSS.highlights) {
    if (!STATEMENT.test(name)) continue;
    for (const range of highlight) {
      if (seen.has(range)) continue;
      seen.add(range);
      const count = textRects(range).length;
      const picks = [...new Set([0, Math.floor((count - 1) / 2), count - 1])].filter((k) => k >= 0);
      for (const k of picks) targets.push({ range, k, where: k === 0 ? 'first' : k === count - 1 ? 'last' : 'middle' });
    }
  }
  // A passage inside a link must not take the test away from the page; the card is opened all the same.
  addEventListener('click', (event) => event.preventDefault(), true);
  const isActive = (range) => {
    for (const [name, highlight] of CSS.highlights) if (ACTIVE.test(name) && highlight.has(range)) return true;
    return false;
  };
  const rectOf = (t) => textRects(t.range)[t.k];
  // The visible area: innerWidth/innerHeight include the scrollbars, where a click reaches no text (and a
  // page without a doctype, in quirks mode, reports the whole document as documentElement.clientHeight).
  const viewWidth = () => (globalThis.visualViewport ? visualViewport.width : innerWidth);
  const viewHeight = () => (globalThis.visualViewport ? visualViewport.height : innerHeight);
  const outside = (rect) => rect.top < 0 || rect.bottom > viewHeight() || rect.left < 0 || rect.right > viewWidth();
  const bringIntoView = (t) => {
    let rect = rectOf(t);
    if (!rect || !outside(rect)) return;
    const node = t.range.startContainer;
    (node.nodeType === 1 ? node : node.parentElement).scrollIntoView({ block: 'center', behavior: 'instant' });
    rect = rectOf(t);
    if (rect && outside(rect)) scrollBy({ top: rect.top - viewHeight() / 2, behavior: 'instant' });
  };
  const aim = (t) => {
    const rect = rectOf(t);
    if (!rect) return { skip: 'no rect' };
    // Whole pixels, inside the rect: the driver sends whole pixels (Firefox's rounds), and the point
    // checked here must be the one clicked (a card's edge may lie half a pixel away).
    const x = Math.min(Math.max(Math.round(rect.left + rect.width / 2), Math.ceil(rect.left)), Math.floor(rect.right) - 1);
    const y = Math.min(Math.max(Math.round(rect.top + rect.height / 2), Math.ceil(rect.top)), Math.floor(rect.bottom) - 1);
    if (y < 0 || y >= viewHeight() || x < 0 || x >= viewWidth()) return { skip: 'off screen' };
    const hit = document.elementFromPoint(x, y);
    // The card: a child of <html> (a plain element, its root closed) that is neither <head> nor <body>.
    if (hit && hit.parentNode === document.documentElement && hit !== document.body) return { x, y, card: true };
    const container = t.range.commonAncestorContainer;
    const scope = container.nodeType === 1 ? container : container.parentElement;
    const reached = hit && (scope.contains(hit) || hit.contains(scope) || t.range.intersectsNode(hit));
    t.aimed = [Math.round(x), Math.round(y), Math.round(rect.width), Math.round(rect.height)];
    return reached ? { x, y } : { skip: 'covered by ' + (hit ? hit.localName + (hit.className ? '.' + String(hit.className).split(' ')[0] : '') : 'nothing') };
  };
  // Why a click missed: another passage opened, the passage was painted anew, or nothing opened.
  const why = (t) => {
    const active = [...CSS.highlights].filter(([n]) => ACTIVE.test(n)).flatMap(([, h]) => [...h]);
    const painted = [...CSS.highlights].some(([n, h]) => STATEMENT.test(n) && h.has(t.range));
    if (!painted) return ' (repainted since)';
    const at = ' at ' + (t.aimed || []).join(',');
    return (active.length ? ' (opened "' + active[0].toString().slice(0, 40) + '")' : ' (nothing opened)') + at;
  };
  const describe = (t) => t.where + ' rect of "' + t.range.toString().replace(/\\s+/g, ' ').slice(0, 70) + '"';
  globalThis.__slSweep = {
    targets,
    async step(i, check) {
      if (i < targets.length) bringIntoView(targets[i]);
      // The open card follows the scroll a frame later: aim once it lies where it will stay.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const previous = check >= 0 ? targets[check] : null;
      const missed = previous && !isActive(previous.range) ? describe(previous) + why(previous) : null;
      return { missed, aim: i < targets.length ? aim(targets[i]) : null, what: i < targets.length ? describe(targets[i]) : '' };
    },
  };
  return targets.length;
})()`;

export interface SweepResult {
  /** Click points aimed at (first, middle and last rect of each passage). */
  readonly targets: number;
  readonly clicked: number;
  /** Clicks that did not open the clicked passage's card, described. */
  readonly missed: readonly string[];
  /** Points a click could not reach (under the page's own overlay, off screen), described. */
  readonly unreachable: readonly string[];
}

/** Clicks up to `cap` points (spread over the page when there are more) and reports what opened. */
export async function clickEveryPassage(page: PageHandle, cap = Infinity): Promise<SweepResult> {
  const total = await page.evaluate<number>(INSTALL);
  const stride = total > cap ? total / cap : 1;
  const order: number[] = [];
  for (let at = 0; at < total; at += stride) order.push(Math.floor(at));
  const missed: string[] = [];
  const unreachable: string[] = [];
  let previous = -1;
  type Step = {
    missed: string | null;
    aim: { x?: number; y?: number; card?: boolean; skip?: string } | null;
    what: string;
  };
  for (const i of [...order, total]) {
    let step = await page.evaluate<Step>(`globalThis.__slSweep.step(${i}, ${previous})`);
    if (step.missed) missed.push(step.missed);
    previous = -1;
    if (!step.aim) break;
    if (step.aim.card) {
      // The open card lies over this point: close it the way a reader would, then aim again.
      await page.press('Escape');
      step = await page.evaluate<Step>(`globalThis.__slSweep.step(${i}, -1)`);
    }
    const { x, y, skip, card } = step.aim ?? {};
    if (skip || card || x === undefined || y === undefined) {
      unreachable.push(`${step.what}: ${skip ?? 'under the card'}`);
      continue;
    }
    await page.click({ x, y });
    previous = i;
  }
  return { targets: total, clicked: order.length - unreachable.length, missed, unreachable };
}
