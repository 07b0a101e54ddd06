// @vitest-environment jsdom
// The highlights' paint the document_start script adopts (early-styles.ts): once, for a new prefix; handed
// to the session, whose highlights take that prefix and which removes the sheet when it stops; dropped
// when the pass does not run after all (and none adopted after that: a read answering late adds nothing).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyStyles, dropEarlyStyles, takeEarlyStyles } from '../../../src/content/early-styles';
import { createPageStore } from '../../../src/content/page-store';
import { createSession } from '../../../src/content/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: () => '' },
    runtime: { sendMessage: () => Promise.reject(new Error('no background')) },
  },
}));

class FakeSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let sheets: FakeSheet[];
let refuse: boolean;
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  sheets = [];
  refuse = false;
  registry = new Map();
  delete (globalThis as Record<string, unknown>).__sourcelightEarlyStyles;
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSSStyleSheet', { value: FakeSheet, configurable: true, writable: true });
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => sheets,
    set: (next: FakeSheet[]) => {
      if (refuse) throw new TypeError('the page replaced adoptedStyleSheets');
      sheets = next;
    },
  });
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Bridge plan approved</title>';
  document.body.innerHTML = `<main><article><h1>Bridge plan approved</h1>
    <p>The city council approved the new bridge plan on Tuesday after a long debate in the town hall.</p>
    <p>“We will rebuild the bridge before the spring floods,” said Mayor Ana Lima, who has led the city since 2019.</p>
    <p>Critics were not convinced. “The budget does not add up,” said Maria Costa, a council member from the opposition.</p>
    <p>The work is expected to take a year, and the old bridge will stay open to pedestrians until the new one is ready.</p>
  </article></main>`;
});

afterEach(() => {
  delete (window as { CSS?: unknown }).CSS;
  delete (window as { Highlight?: unknown }).Highlight;
});

const prefixOf = (sheet: FakeSheet | undefined) =>
  /::highlight\((sourcelight-[a-z0-9]+)-/.exec(sheet?.text ?? '')?.[1];

function session(settings: Partial<Settings> = {}) {
  const store = createPageStore(
    () => location.href,
    () => undefined,
  );
  const created = createSession({
    doc: document,
    store,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    onNavigated: () => undefined,
    isAlive: () => true,
    onOrphaned: () => undefined,
  });
  return { session: created, store };
}

describe('early styles', () => {
  it('adopt one sheet for a new prefix, once, beside the page’s own', () => {
    const own = new FakeSheet();
    sheets = [own];
    adoptEarlyStyles(document, false);
    adoptEarlyStyles(document, false);
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toBe(own);
    expect(prefixOf(sheets[1])).toMatch(/^sourcelight-[a-z0-9]+$/);
  });

  it('go to the session once; none is adopted after that', () => {
    adoptEarlyStyles(document, true);
    const early = takeEarlyStyles(document);
    expect(early?.style).toMatchObject({ highContrast: true, marks: false, prefix: prefixOf(sheets[0]) });
    expect(takeEarlyStyles(document)).toBeNull();
    adoptEarlyStyles(document, true);
    expect(sheets).toHaveLength(1);
  });

  it('are dropped when the pass does not run, and none comes after', () => {
    adoptEarlyStyles(document, false);
    dropEarlyStyles();
    expect(sheets).toEqual([]);
    adoptEarlyStyles(document, false);
    expect(sheets).toEqual([]);
    expect(takeEarlyStyles(document)).toBeNull();
  });

  it('throw nothing where the page broke adoptedStyleSheets, and hold nothing', () => {
    refuse = true;
    expect(() => adoptEarlyStyles(document, false)).not.toThrow();
    expect(takeEarlyStyles(document)).toBeNull();
  });

  it('paint the session’s highlights (their prefix), no second sheet, and go when it stops', async () => {
    adoptEarlyStyles(document, false);
    const early = sheets[0];
    const { session: running, store } = session();
    await running.run();
    expect(store.state).toBe('ready');
    expect(registry.size).toBeGreaterThan(0);
    for (const name of registry.keys()) expect(name.startsWith(`${prefixOf(early)}-`)).toBe(true);
    expect(sheets).toEqual([early]);
    await running.setActive(false);
    expect(sheets).toEqual([]);
  });

  it('give way to a sheet for the contrast of now when the setting changed meanwhile', async () => {
    adoptEarlyStyles(document, false);
    const early = sheets[0]!;
    const { session: running } = session({ colorScheme: 'high-contrast' });
    await running.run();
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).not.toBe(early);
    expect(sheets[0]!.text).not.toBe(early.text);
    running.dispose();
  });

  it('go when the session finds no article to paint', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
    adoptEarlyStyles(document, false);
    const { session: running, store } = session();
    await running.run();
    expect(store.state).toBe('not-article');
    expect(sheets).toEqual([]);
  });
});
