// The popup (opened as a tab with ?tab=) on the demo page, in both browsers: the statement list with
// its sourcing summary, an entry click that scrolls the page and opens the card, export in the CLI's
// JSON schema and CSV, the per-site switch, the toolbar badge, restricted pages, and axe-core.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/core';
import { CSV_COLUMNS } from '../../src/shared/export';
import { shownAliases } from '../../src/shared/speaker-identity';
import { BROWSERS, waitFor, type PageHandle, useExtension } from './harness';
import { axeOnCopy } from './ui-copy';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const API = '(globalThis.browser ?? globalThis.chrome)';

interface Violation {
  readonly id: string;
  readonly nodes: readonly string[];
}

/** Injects axe-core into an extension page and returns its violations (ids and offending selectors). */
function axeViolations(page: PageHandle): Promise<Violation[]> {
  return page.evaluate<Violation[]>(
    `(() => { ${AXE_SOURCE};
      return axe.run(document, { resultTypes: ['violations'] }).then((r) =>
        r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })));
    })()`,
  );
}

const popupReady = (popup: PageHandle) =>
  waitFor(
    () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
    (ready) => ready,
    { what: 'the popup to render (body[data-ready])' },
  );

describe.each(BROWSERS)('popup in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle;
  let tabId: number;
  let popup: PageHandle;

  const entries = () => popup.probe('popup').then((s) => s.entries);
  /** Picks a filter value (or, with a number, the option at that index) as a user would. */
  const choose = (id: string, value: string | number) =>
    popup.evaluate(`(() => { const s = document.getElementById(${JSON.stringify(id)});
      if (typeof ${JSON.stringify(value)} === 'number') s.selectedIndex = ${JSON.stringify(value)};
      else s.value = ${JSON.stringify(value)};
      s.dispatchEvent(new Event('change')); })()`);

  beforeAll(async () => {
    if (skip) return;
    page = await ext.browser.open(ext.server.url('/demo/index.html'));
    tabId = await ext.browser.tabIdOf(page);
    await waitFor(
      () => page.probe('highlights'),
      (s) => s.total > 0,
      { what: 'highlights on the demo page' },
    );
    popup = await ext.browser.openPopup(tabId);
    await popupReady(popup);
  });

  test.skipIf(skip)('lists statements by speaker, with a sourcing summary that adds up', async () => {
    const list = await entries();
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(entry.id).toMatch(/\S/);
      expect(entry.speaker).not.toBeNull();
    }
    const groups = await popup.evaluate<{ name: string; count: number }[]>(
      `[...document.querySelectorAll('.group')].map((g) => ({
        name: g.querySelector('h3').textContent,
        count: g.querySelectorAll('[data-statement-id]').length,
      }))`,
    );
    // Each group holds one speaker's statements, most-quoted first.
    for (const group of groups) {
      const inGroup = list.filter((e) => e.speaker === group.name);
      if (group.name && inGroup.length > 0) expect(inGroup).toHaveLength(group.count);
    }
    expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((a, b) => b - a));
    const counts = await popup.evaluate<number[]>(
      `[...document.querySelectorAll('#summary dd')].map((d) => Number(d.textContent))`,
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(list.length);
    const article = await popup.evaluate<string>(`document.getElementById('article').textContent`);
    expect(article.trim().length).toBeGreaterThan(0);
  });

  test.skipIf(skip)(
    'groups each speaker once, however the article named them, with the other names',
    async () => {
      const groups = await popup.evaluate<
        { key: string; name: string; aliases: string | null; ids: string[] }[]
      >(
        `[...document.querySelectorAll('.group')].map((g) => ({
        key: g.dataset.group,
        name: g.querySelector('h3').textContent,
        aliases: g.querySelector('.group-aliases')?.textContent ?? null,
        ids: [...g.querySelectorAll('[data-statement-id]')].map((e) => e.dataset.speakerId),
      }))`,
      );
      expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
      expect(new Set(groups.map((g) => g.name)).size).toBe(groups.length);
      // A resolved group holds one entity, and no entity's statements are spread over two groups.
      const named = groups.filter((g) => g.key.startsWith('id:'));
      for (const g of named) expect(new Set(g.ids)).toEqual(new Set([g.key.slice(3)]));
      const ids = named.flatMap((g) => [...new Set(g.ids)]);
      expect(new Set(ids).size).toBe(ids.length);
      // The demo names Stoltenberg and Trump more than one way ("Trump", "He"): one group each, with the
      // other names the engine found.
      const demo = analyze(readFileSync('demo/article.txt', 'utf8')).statements;
      for (const name of ['Jens Stoltenberg', 'Donald Trump']) {
        const group = named.find((g) => g.name === name);
        expect(group?.ids.length).toBeGreaterThan(1);
        const aliases = demo.flatMap((s) => (s.speaker?.name === name ? shownAliases(s.speaker) : []));
        for (const alias of aliases) expect(group?.aliases).toContain(alias);
      }
    },
  );

  /** Ranges in the dim highlight, named sourcelight-<random per page>-dim (docs/testing-hooks.md). */
  const dimCount = (h: { readonly sizes: Readonly<Record<string, number>> }) =>
    Object.entries(h.sizes).find(([name]) => /^sourcelight-[a-z0-9]+-dim$/.test(name))?.[1] ?? 0;

  test.skipIf(skip)(
    'filters by kind of source, and a cast chip shows only one speaker here and on the page',
    async () => {
      const all = await entries();
      const types = await popup.evaluate<string[]>(
        `[...document.querySelectorAll('#filter-type option')].map((o) => o.value).filter((v) => v !== 'all')`,
      );
      const first = types[0];
      if (first === undefined) throw new Error('no speaker types offered');
      await choose('filter-type', first);
      const ofType = await popup.evaluate<string[]>(
        `[...document.querySelectorAll('.group')].map((g) => g.dataset.speakerType)`,
      );
      expect(new Set(ofType)).toEqual(new Set([first]));
      await choose('filter-type', 'all');
      const chip = (i: number) => popup.evaluate(`document.querySelectorAll('[data-cast]')[${i}].click()`);
      await chip(0);
      const oneSpeaker = await entries();
      expect(new Set(oneSpeaker.map((e) => e.speaker)).size).toBe(1);
      expect(oneSpeaker.length).toBeLessThan(all.length);
      // On the page the others' highlights dim: they move to the dim highlight (or their marks get data-dim).
      const dimmed = await waitFor(
        () => page.probe('highlights'),
        (h) => dimCount(h) > 0 || h.marks > 0,
        { what: 'the other speakers dimmed on the page' },
      );
      expect(dimmed.total).toBeGreaterThan(0);
      await chip(0);
      expect(await entries()).toHaveLength(all.length);
      await waitFor(
        () => page.probe('highlights'),
        (h) => dimCount(h) === 0,
        { what: 'every speaker back in colour' },
      );
    },
  );

  test.skipIf(skip)('the statements start in the first 600 px of the panel', async () => {
    const top = await popup.evaluate<number>(
      `document.querySelector('[data-statement-id]').getBoundingClientRect().top + scrollY`,
    );
    expect(top).toBeLessThan(600);
  });

  test.skipIf(skip)('an entry click scrolls the page to the statement and opens its card', async () => {
    const list = await entries();
    // The last statement is furthest down the page: a scroll is needed to show it.
    const target = list.at(-1);
    if (!target?.id) throw new Error('no entry');
    await page.evaluate(`window.scrollTo(0, 0)`);
    await popup.evaluate(
      `document.querySelector('[data-statement-id=${JSON.stringify(target.id)}]').click()`,
    );
    const card = await waitFor(
      () => page.probe('card'),
      (s) => s.open && s.text.length > 0,
      { what: 'the card to open after an entry click' },
    );
    if (target.speaker) expect(card.text).toContain(target.speaker);
    const needle = JSON.stringify(target.text.slice(0, 24));
    const visible = await page.evaluate<boolean>(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.replace(/\\s+/g, ' ').indexOf(${needle});
        if (at < 0) continue;
        const box = n.parentElement.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }
      return false;
    })()`);
    expect(visible).toBe(true);
  });

  test.skipIf(skip)('exports JSON in the CLI record schema, and CSV', async () => {
    const list = await entries();
    const copy = async (format: string) => {
      await popup.evaluate(`(() => {
        window.__copied = null;
        navigator.clipboard.writeText = async (text) => { window.__copied = text; };
        document.getElementById('export-format').value = ${JSON.stringify(format)};
        document.getElementById('export-copy').click();
      })()`);
      return waitFor(
        () => popup.evaluate<string | null>('window.__copied'),
        (text) => typeof text === 'string',
        { what: `the ${format} export` },
      ) as Promise<string>;
    };
    const record = JSON.parse(await copy('json'));
    expect(Object.keys(record)).toEqual(['input', 'statements', 'article']);
    expect(record.input).toBe(page.url);
    expect(record.statements.map((s: { id: string }) => s.id).sort()).toEqual(list.map((e) => e.id).sort());
    for (const s of record.statements) {
      expect(Object.keys(s)).toEqual([
        'id',
        'start',
        'end',
        'text',
        'kind',
        'cue',
        'speaker',
        'outlet',
        'confidence',
      ]);
      if (s.speaker) expect(Object.keys(s.speaker)).toContain('aliases');
      expect(s.end).toBeGreaterThan(s.start);
    }
    expect(Object.keys(record.article)).toEqual(['title', 'publisher', 'byline', 'published', 'credits']);
    const status = await popup.evaluate<string>(`document.getElementById('export-status').textContent`);
    expect(status.length).toBeGreaterThan(0);

    const csv = (await copy('csv')).trimEnd().split('\r\n');
    expect(csv[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv).toHaveLength(list.length + 1);
    expect(await copy('markdown')).toMatch(/^# /);
  });

  test.skipIf(skip)('the toolbar badge shows the statement count', async () => {
    const count = (await entries()).length;
    // waitFor throws with the last badge text seen if it never reads the count.
    await waitFor(
      () => popup.evaluate<string>(`${API}.action.getBadgeText({ tabId: ${tabId} })`),
      (text) => text === String(count),
      { what: `the badge to read ${count}` },
    );
  });

  test.skipIf(skip)('the site switch turns Sourcelight off and back on for this site', async () => {
    const toggle = (on: boolean) =>
      popup.evaluate(`(() => { const s = document.getElementById('site-switch');
        if (s.checked !== ${on}) s.click(); })()`);
    expect(await popup.evaluate<boolean>(`document.getElementById('site-switch').checked`)).toBe(true);
    await toggle(false);
    await waitFor(
      () => page.probe('highlights'),
      (s) => s.total === 0,
      { what: 'highlights to go when the site is switched off' },
    );
    await waitFor(
      () => popup.evaluate<{ disabledSites?: string[] }>(`${API}.storage.sync.get('disabledSites')`),
      (s) => (s.disabledSites ?? []).includes('127.0.0.1'),
      { what: 'the site in storage.sync disabledSites' },
    );
    await toggle(true);
    await waitFor(
      () => page.probe('highlights'),
      (s) => s.total > 0,
      { what: 'highlights to return when the site is switched on' },
    );
    const after = await popup.evaluate<{ disabledSites?: string[] }>(
      `${API}.storage.sync.get('disabledSites')`,
    );
    expect(after.disabledSites ?? []).not.toContain('127.0.0.1');
  });

  test.skipIf(skip).each(['light', 'dark', 'high-contrast'])(
    'axe-core finds no violations in the popup (%s scheme)',
    async (scheme) => {
      await popupReady(popup);
      await popup.evaluate(`document.documentElement.dataset.scheme = ${JSON.stringify(scheme)}`);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.evaluate(`document.documentElement.dataset.scheme = 'auto'`);
    },
  );

  test.skipIf(skip)(
    'keyboard: one Tab stop reaches the list, Home and an arrow key the first entry, Enter shows it on the page',
    async () => {
      await page.press('Escape');
      await waitFor(
        () => page.probe('card'),
        (s) => !s.open,
        { what: 'no card open before the keyboard test' },
      );
      await popup.evaluate(`document.activeElement?.blur(); window.focus()`);
      let inList = false;
      // The header's controls, the chips and the filter, then the list: bounded by the control count.
      const controls = await popup.evaluate<number>(
        `document.querySelectorAll('button, input, select, summary').length`,
      );
      for (let i = 0; i < controls && !inList; i++) {
        await popup.press('Tab');
        inList = await popup.evaluate<boolean>(`Boolean(document.activeElement?.closest('#statements'))`);
      }
      expect(inList).toBe(true);
      // The list is one Tab stop: every other item in it is out of the Tab order.
      expect(
        await popup.evaluate<number>(
          `[...document.querySelectorAll('#statements summary, #statements [data-statement-id]')].filter((e) => e.tabIndex === 0).length`,
        ),
      ).toBe(1);
      // The Tab stop is the statement the page last showed (a card, the passage in view): Home goes to
      // the list's first item, the first group's heading, and an arrow key from there to its first entry.
      await popup.press('Home');
      await popup.press('ArrowDown');
      const [focused, first] = await popup.evaluate<[string | null, string | null]>(
        `[document.activeElement?.getAttribute('data-statement-id') ?? null,
          document.querySelector('#statements [data-statement-id]')?.dataset.statementId ?? null]`,
      );
      expect(focused).not.toBeNull();
      expect(focused).toBe(first);
      await popup.press('Enter');
      await waitFor(
        () => page.probe('card'),
        (s) => s.open,
        { what: 'Enter on a focused entry to open the card' },
      );
    },
  );

  test.skipIf(skip)('the card on the page has no axe-core violations', async () => {
    await page.press('Escape');
    const point = await waitFor(
      () => page.probe('pointInLongestHighlight'),
      (p) => p !== null,
      { what: 'a highlight to click' },
    );
    await page.click(point as NonNullable<typeof point>);
    await waitFor(
      () => page.probe('card'),
      (s) => s.open,
      { what: 'the card to open' },
    );
    expect(await axeOnCopy(page, 'card')).toEqual([]);
    await page.press('Escape');
  });

  test.skipIf(skip)('on a page Sourcelight cannot read, it explains why (and stays axe-clean)', async () => {
    // An extension page has no content script: the same failure as a browser page or a web store.
    const options = await ext.browser.openExtensionPage('src/options/index.html');
    const optionsTab = (await options.probe('tabs')).find((t) => t.url?.includes('/src/options/'));
    if (!optionsTab) throw new Error('options tab not found');
    const restricted = await ext.browser.openPopup(optionsTab.id);
    try {
      await popupReady(restricted);
      const state = await restricted.evaluate<string | null>(
        `document.querySelector('#status [data-state]')?.dataset.state ?? null`,
      );
      expect(state).toBe('restricted');
      expect((await restricted.probe('popup')).entries).toEqual([]);
      expect(await axeViolations(restricted)).toEqual([]);
    } finally {
      await restricted.close();
      await options.close();
    }
  });
});
