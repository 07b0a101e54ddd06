// @vitest-environment jsdom
// The content session end to end in jsdom, with the Highlight API stubbed (jsdom has none): a pass
// highlights statements, re-renders and appended paragraphs are followed, the card opens, and
// switching off leaves no trace.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageStore, type PageStore, type ReportedChange } from '../../../src/content/page-store';
import { createSession, type Session } from '../../../src/content/session';
import { REFRESH_DEBOUNCE_MS } from '../../../src/content/watch-page';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { ownHosts } from '../../../src/page/card-element';
import { cardShadow, findCard } from '../find-card';

// No background unless a test sets one: the session then analyses in the page (its fallback).
const background = vi.hoisted(() => ({ send: null as null | (() => Promise<unknown>) }));
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: () => '' },
    runtime: {
      sendMessage: () => {
        if (!background.send) throw new Error('no background');
        return background.send();
      },
    },
  },
}));

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const PARAGRAPHS = [
  'The city council approved the new bridge plan on Tuesday after a long debate in the town hall.',
  '“We will rebuild the bridge before the spring floods,” said Mayor <a href="#">Ana Lima</a>, who has led the city since 2019.',
  'Critics were not convinced. “The budget does not add up,” said <em>Maria Costa</em>, a council member from the opposition.',
  'The work is expected to take a year, and the old bridge will stay open to pedestrians until the new one is ready.',
];
const ARTICLE = `<h1>Bridge plan approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
const PAGE = `<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
  <main><article id="story">${ARTICLE}</article></main>
  <aside class="related"><a href="/x">“Rates will rise,” said a banker</a></aside>
  <footer>Riverside Gazette</footer>`;

let registry: Map<string, FakeHighlight>;
let session: Session;
let store: PageStore;
let reports: ReportedChange[];
/** Runs the session, and reads the report the panel would then get. */
const runReport = async () => {
  await session.run();
  return store.report();
};

function painted(): Range[] {
  return [...registry.entries()]
    .filter(([name]) => /^sourcelight-[a-z0-9]+-speaker-/.test(name))
    .flatMap(([, highlight]) => [...highlight] as Range[]);
}

beforeEach(() => {
  registry = new Map();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Bridge plan approved</title>';
  document.body.innerHTML = PAGE;
  reports = [];
  store = createPageStore(
    () => document.location.href,
    (change) => reports.push(change),
  );
  session = createSession({
    doc: document,
    store,
    settings: () => DEFAULT_SETTINGS,
    onNavigated: () => undefined,
    isAlive: () => true,
    onOrphaned: () => undefined,
  });
});

afterEach(() => {
  vi.useRealTimers();
  background.send = null;
  session.dispose();
  delete (window as { CSS?: unknown }).CSS;
  delete (window as { Highlight?: unknown }).Highlight;
});

describe('content session', () => {
  it('highlights each statement exactly, only inside the article, without touching the DOM', async () => {
    const before = document.body.innerHTML;
    const report = await runReport();
    expect(report.state).toBe('ready');
    const statements = report.analysis!.statements;
    expect(statements.length).toBeGreaterThanOrEqual(2);
    const ranges = painted();
    expect(ranges.map((r) => r.toString()).sort()).toEqual(statements.map((s) => s.text).sort());
    const story = document.getElementById('story')!;
    for (const range of ranges) expect(story.contains(range.startContainer)).toBe(true);
    expect([...registry.keys()].every((name) => name.startsWith('sourcelight'))).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    expect(reports.at(-1)).toMatchObject({ state: 'ready' });
  });

  it('re-anchors after a re-render replaces every text node', async () => {
    await session.run();
    const count = painted().length;
    document.getElementById('story')!.innerHTML = ARTICLE;
    // The paint goes in chunks: on a loaded machine the test may look between two of them.
    await vi.waitFor(
      () => {
        expect(painted().every((r) => r.startContainer.isConnected && r.toString() !== '')).toBe(true);
        expect(painted().length).toBe(count);
      },
      { timeout: 4000 },
    );
  });

  it('picks up paragraphs appended later', async () => {
    await session.run();
    const count = painted().length;
    const p = document.createElement('p');
    p.textContent =
      '“Nobody asked the people who live by the river,” said Tomas Varga, a shop owner near the old bridge.';
    document.getElementById('story')!.append(p);
    await vi.waitFor(() => expect(painted().length).toBeGreaterThan(count), { timeout: 4000 });
    expect(painted().some((r) => p.contains(r.startContainer))).toBe(true);
  });

  it('picks up paragraphs appended while the first pass waits for its analysis', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    background.send = () => {
      asked++;
      return late.then(() => Promise.reject(new Error('gone')));
    };
    const running = session.run();
    // The copy goes with the request for its analysis (two messages at once): the pass now waits.
    await vi.waitFor(() => expect(asked).toBeGreaterThan(0));
    const p = document.createElement('p');
    p.textContent =
      '“Nobody asked the people who live by the river,” said Tomas Varga, a shop owner near the old bridge.';
    document.getElementById('story')!.append(p);
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS * 2);
    release();
    await running;
    await vi.waitFor(() => expect(painted().some((r) => p.contains(r.startContainer))).toBe(true));
  });

  it('opens the card of a statement and steps to the next', async () => {
    const report = await runReport();
    const [first] = report.analysis!.statements;
    expect(await session.show(first!.id)).toBe(true);
    expect(findCard(document)).not.toBeNull();
    expect(cardShadow(document)!.textContent).toContain(first!.speaker!.name);
    expect(cardShadow(document)!.textContent).toContain(first!.cue!.text);
    const active = [...registry.keys()].filter((name) => /^sourcelight-[a-z0-9]+-active$/.test(name));
    expect(active.map((name) => registry.get(name)?.size)).toEqual([1]);
    expect(await session.step(1)).toBe(true);
    expect(ownHosts(document, 'card')).toHaveLength(1);
    expect(await session.show('no-such-id')).toBe(false);
  });

  it('switching off removes every trace', async () => {
    const before = document.documentElement.outerHTML;
    const report = await runReport();
    await session.show(report.analysis!.statements[0]!.id);
    const off = await session.setActive(false);
    expect(off.state).toBe('disabled');
    expect(registry.size).toBe(0);
    expect(findCard(document)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
