// Page-side probes for the e2e harness. Plain browser JavaScript, read as text and evaluated in the page's
// main world (never transpiled, so no bundler helpers leak into the page). Each probe takes one JSON argument.
// The harness wraps this file as `(() => { <file>; return PROBES; })()`.
const PROBES = {
  /** Names and sizes of every registered highlight, plus the fallback marks. */
  highlights() {
    const registry = globalThis.CSS && CSS.highlights;
    const sizes = {};
    if (registry) for (const [name, highlight] of registry) sizes[name] = highlight.size;
    const names = Object.keys(sizes);
    const ours = names.filter((name) => name.startsWith('sourcelight'));
    const ranges = ours.reduce((sum, name) => sum + sizes[name], 0);
    const marks = document.querySelectorAll('sourcelight-mark').length;
    return { api: Boolean(registry), names, sizes, ranges, marks, total: ranges + marks };
  },

  /** The text of every highlighted range (and fallback mark), with its highlight name. */
  highlightTexts() {
    const out = [];
    if (globalThis.CSS && CSS.highlights) {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('sourcelight')) continue;
        for (const range of highlight) out.push({ name, text: range.toString() });
      }
    }
    for (const mark of document.querySelectorAll('sourcelight-mark')) {
      out.push({ name: 'sourcelight-mark', text: mark.textContent });
    }
    return out;
  },

  /** The sourcelight:* performance measures the content script recorded. */
  measures() {
    return performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('sourcelight:'))
      .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration }));
  },

  /**
   * A viewport point on `needle` (the first occurrence in the body's text nodes), scrolled into view, and
   * whether a sourcelight highlight (or mark) covers that passage.
   */
  pointOnText({ needle }) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      node.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = [...range.getClientRects()].find((r) => r.width > 4 && r.height > 4);
      if (!rect) return null;
      let covered = Boolean(node.parentElement.closest('sourcelight-mark'));
      if (globalThis.CSS && CSS.highlights) {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('sourcelight')) continue;
          for (const h of highlight) {
            const startsBefore = h.compareBoundaryPoints(Range.START_TO_START, range) <= 0;
            const endsAfter = h.compareBoundaryPoints(Range.END_TO_END, range) >= 0;
            if (startsBefore && endsAfter) covered = true;
          }
        }
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, covered };
    }
    return null;
  },

  /**
   * A viewport point inside a highlighted range that a click would actually reach, preferring long ranges
   * (statements are longer than speaker mentions). `blocked` when every candidate lies under something else,
   * e.g. a consent overlay of the page.
   */
  pointInHighlight() {
    const ranges = [];
    if (globalThis.CSS && CSS.highlights) {
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('sourcelight')) ranges.push(...highlight);
      }
    }
    for (const mark of document.querySelectorAll('sourcelight-mark')) {
      const range = document.createRange();
      range.selectNodeContents(mark);
      ranges.push(range);
    }
    if (ranges.length === 0) return null;
    ranges.sort((a, b) => b.toString().length - a.toString().length);
    for (const range of ranges) {
      const node = range.startContainer;
      const anchor = node.nodeType === 1 ? node : node.parentElement;
      anchor.scrollIntoView({ block: 'center', behavior: 'instant' });
      const container = range.commonAncestorContainer;
      const scope = container.nodeType === 1 ? container : container.parentElement;
      for (const rect of range.getClientRects()) {
        if (rect.width < 8 || rect.height < 4) continue;
        const x = rect.left + Math.min(rect.width / 2, 40);
        const y = rect.top + rect.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && (scope.contains(hit) || hit.contains(scope)))
          return { x, y, text: range.toString(), blocked: false };
      }
    }
    return { x: 0, y: 0, text: '', blocked: true };
  },

  /**
   * Hides what covers the highlights, as a reader dismissing a consent or paywall overlay would: at each
   * blocked highlight point, the outermost element there that does not hold the highlighted text. For
   * the click test only, which runs after the page-unchanged check. Returns how many were hidden.
   */
  dismissOverlays() {
    let hidden = 0;
    for (let round = 0; round < 5 && PROBES.pointInHighlight()?.blocked; round++) {
      const range = [...(globalThis.CSS?.highlights ?? [])]
        .filter(([name]) => name.startsWith('sourcelight'))
        .flatMap(([, highlight]) => [...highlight])
        .find((r) => r.getClientRects().length > 0);
      if (!range) break;
      const start = range.startContainer;
      (start.nodeType === 1 ? start : start.parentElement).scrollIntoView({
        block: 'center',
        behavior: 'instant',
      });
      const rect = range.getClientRects()[0];
      const container = range.commonAncestorContainer;
      const scope = container.nodeType === 1 ? container : container.parentElement;
      let cover = document.elementFromPoint(rect.left + 2, rect.top + rect.height / 2);
      if (!cover || scope.contains(cover) || cover.contains(scope)) break;
      while (
        cover.parentElement &&
        cover.parentElement !== document.body &&
        !cover.parentElement.contains(scope)
      )
        cover = cover.parentElement;
      cover.style.setProperty('display', 'none', 'important');
      hidden++;
    }
    return hidden;
  },

  /** Former name of pointInHighlight, kept for specs that use it. */
  pointInLongestHighlight() {
    return PROBES.pointInHighlight();
  },

  /**
   * The card as the page sees it, for a harness that cannot ask the content script (its `describeUi`
   * message; `PageHandle` uses that where it can): its root is closed, so only whether a child of <html>
   * other than <head> and <body> has a box. The keyboard link's host has none.
   */
  card() {
    const ours = [...document.documentElement.children].filter(
      (el) => el !== document.head && el !== document.body,
    );
    const host = ours.find((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    if (!host) return { present: false, open: false, shadow: false, text: '', parts: {} };
    return {
      present: true,
      open: getComputedStyle(host).visibility !== 'hidden',
      shadow: true,
      text: '',
      parts: {},
    };
  },

  /**
   * Compares the live body with a fresh parse of the same URL: text and element count must match, so the
   * extension added nothing (its own sourcelight-* elements aside) and changed no text.
   */
  async bodyUnchanged() {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    // DOMParser parses with scripting off, where <noscript> markup in <head> can spill into <body>; the page
    // was parsed with scripting on, where it is raw text. Drop noscript from the source to compare like with like.
    const source = html.replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, '');
    // Under Trusted Types (a hostile-suite page allows a policy of this name) the parser takes TrustedHTML.
    let input = source;
    try {
      input = trustedTypes
        .createPolicy('sourcelight-probe', { createHTML: (html) => html })
        .createHTML(source);
    } catch {
      // No Trusted Types here, or no need: the plain string is accepted.
    }
    const parsed = new DOMParser().parseFromString(input, 'text/html').body;
    const live = document.body.cloneNode(true);
    const strip = (root) => {
      // noscript parses differently with scripting on and off; scripts and styles carry no page text.
      for (const el of root.querySelectorAll('noscript, script, style, template')) el.remove();
      for (const el of [...root.querySelectorAll('*')])
        if (el.localName.startsWith('sourcelight-')) el.remove();
      return { text: root.textContent, elements: root.querySelectorAll('*').length };
    };
    const a = strip(live);
    const b = strip(parsed);
    let diffAt = -1;
    if (a.text !== b.text) {
      diffAt = 0;
      while (a.text[diffAt] === b.text[diffAt]) diffAt += 1;
    }
    return {
      sameText: a.text === b.text,
      sameElements: a.elements === b.elements,
      liveElements: a.elements,
      parsedElements: b.elements,
      diff:
        diffAt < 0
          ? null
          : { live: a.text.slice(diffAt, diffAt + 80), parsed: b.text.slice(diffAt, diffAt + 80) },
    };
  },

  /** The popup's statement list and credits, per the testing contract. */
  popup() {
    const entries = [...document.querySelectorAll('[data-statement-id]')].map((el) => ({
      id: el.getAttribute('data-statement-id'),
      speaker: el.getAttribute('data-speaker'),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
    }));
    const credits = document.querySelector('[data-credits]');
    return {
      ready: document.readyState === 'complete',
      entries,
      credits: credits ? credits.textContent.replace(/\s+/g, ' ').trim() : null,
    };
  },

  /** Every tab the extension can see (run in an extension page). */
  async tabs() {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    return tabs.map((tab) => ({ id: tab.id, url: tab.url ?? null }));
  },

  /** What the content script of tab `tabId` shows (run in an extension page); null without an answer. */
  async describeUi({ tabId }) {
    const api = globalThis.browser ?? globalThis.chrome;
    const message = { type: 'describeUi', payload: {} };
    return api.tabs.sendMessage(tabId, message, { frameId: 0 }).then(
      (state) => state ?? null,
      () => null,
    );
  },

  /** Writes `items` to the extension's storage `area` (run in an extension page): the timing setting, say. */
  async store({ area, items }) {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage[area].set(items);
    return true;
  },

  /** Whether an extension page finished loading (moz-extension pages fire no BiDi load event). */
  extensionPageReady() {
    const api = globalThis.browser ?? globalThis.chrome;
    return /-extension:$/.test(location.protocol) && document.readyState === 'complete' && Boolean(api?.tabs);
  },

  /** Whether the document has finished loading. */
  loaded() {
    return document.readyState === 'complete';
  },
};
