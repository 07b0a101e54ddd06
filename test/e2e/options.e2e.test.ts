// The options page in both browsers: it validates and saves to storage.sync, and the saved settings change
// what the extension does on the demo page (on demand only; a site where it never runs). Axe-clean.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, waitFor, type PageHandle, useExtension } from './harness';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const API = '(globalThis.browser ?? globalThis.chrome)';
const OPTIONS = 'src/options/index.html';

const ready = (page: PageHandle, what: string) =>
  waitFor(
    () => page.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
    (r) => r,
    { what },
  );

/** Fills the form like a user and submits it; returns the status line once it says something. */
async function submit(
  options: PageHandle,
  values: { autoRun?: 'auto' | 'on-demand'; sites?: string; scheme?: string; unattributed?: boolean },
): Promise<string> {
  await options.evaluate(`(() => {
    const v = ${JSON.stringify(values)};
    const form = document.getElementById('options');
    if (v.autoRun) form.querySelector('input[name=autoRun][value="' + v.autoRun + '"]').click();
    if (v.sites !== undefined) document.getElementById('disabled-sites').value = v.sites;
    if (v.scheme) document.getElementById('color-scheme').value = v.scheme;
    const box = document.getElementById('show-unattributed');
    if (v.unattributed !== undefined && box.checked !== v.unattributed) box.click();
    document.getElementById('save-status').textContent = '';
    document.getElementById('save').click();
  })()`);
  return waitFor(
    () => options.evaluate<string>(`document.getElementById('save-status').textContent`),
    (text) => text.length > 0,
    { what: 'the save status' },
  );
}

describe.each(BROWSERS)('options in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let options: PageHandle;

  const stored = () => options.evaluate<Record<string, unknown>>(`${API}.storage.sync.get()`);

  beforeAll(async () => {
    if (skip) return;
    options = await ext.browser.openExtensionPage(OPTIONS);
    await ready(options, 'the options page');
  });
  afterEach(async () => {
    if (skip) return;
    await options.evaluate(`${API}.storage.sync.clear()`);
    await options.evaluate(`${API}.storage.local.remove('disabledSites')`);
  });

  test.skipIf(skip)('has no axe-core violations, also while showing an error', async () => {
    const run = () =>
      options.evaluate<{ id: string; nodes: string[] }[]>(
        `(() => { ${AXE_SOURCE};
          return axe.run(document, { resultTypes: ['violations'] }).then((r) =>
            r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })));
        })()`,
      );
    expect(await run()).toEqual([]);
    await submit(options, { sites: 'not a site' });
    for (const scheme of ['light', 'dark', 'high-contrast']) {
      await options.evaluate(`document.documentElement.dataset.scheme = ${JSON.stringify(scheme)}`);
      expect(await run()).toEqual([]);
    }
    // The check is live: an unlabelled field is reported.
    await options.evaluate(
      `document.body.append(Object.assign(document.createElement('input'), { id: 'canary' }))`,
    );
    expect((await run()).map((v) => v.id)).toContain('label');
    await options.evaluate(`document.getElementById('canary').remove()`);
  });

  test.skipIf(skip)('lists the keyboard commands, and the context menu entry exists', async () => {
    const shortcuts = await options.evaluate<string[]>(
      `[...document.querySelectorAll('#shortcuts dt')].map((d) => d.textContent)`,
    );
    expect(shortcuts).toHaveLength(3);
    for (const text of shortcuts) expect(text).not.toMatch(/^$|__MSG_/);
    // update() rejects for an id that was never created, so this proves onInstalled made the entry.
    const menu = await options.evaluate<string>(
      `${API}.contextMenus.update('sourcelight-show', {}).then(() => 'exists', (e) => String(e))`,
    );
    expect(menu).toBe('exists');
    const missing = await options.evaluate<string>(
      `${API}.contextMenus.update('no-such-entry', {}).then(() => 'exists', (e) => String(e))`,
    );
    expect(missing).not.toBe('exists');
  });

  test.skipIf(skip)('rejects lines that are not sites, and saves nothing', async () => {
    const before = await stored();
    const status = await submit(options, { sites: 'news.example\nnot a site' });
    expect(status).not.toMatch(/^Saved/);
    const field = await options.evaluate<{ invalid: string | null; error: string }>(`({
      invalid: document.getElementById('disabled-sites').getAttribute('aria-invalid'),
      error: document.getElementById('sites-error').textContent,
    })`);
    expect(field.invalid).toBe('true');
    expect(field.error).toContain('not a site');
    expect(await stored()).toEqual(before);
  });

  test.skipIf(skip)('saves valid settings, cleaned up, and says "Saved"', async () => {
    const status = await submit(options, {
      autoRun: 'on-demand',
      sites: 'https://www.News.example/path\nother.example\nother.example',
      scheme: 'high-contrast',
      unattributed: true,
    });
    expect(status).toMatch(/^Saved/);
    expect(await stored()).toEqual({
      autoRun: false,
      disabledSites: ['www.news.example', 'other.example'],
      colorScheme: 'high-contrast',
      showUnattributed: true,
    });
    expect(await options.evaluate<string>(`document.getElementById('disabled-sites').value`)).toBe(
      'www.news.example\nother.example',
    );
  });

  test.skipIf(skip)('"only when I ask": no highlights on load, until asked', async () => {
    expect(await submit(options, { autoRun: 'on-demand', sites: '' })).toMatch(/^Saved/);
    const page = await ext.browser.open(ext.server.url('/demo/index.html'));

    const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(page));
    try {
      await ready(popup, 'the popup for the on-demand page');
      expect((await page.probe('highlights')).total).toBe(0);
      expect((await popup.probe('popup')).entries).toEqual([]);
      // The popup offers to run; its button sends analyzeNow (as the context menu and the shortcut do).
      await popup.evaluate(`document.getElementById('analyze-now').click()`);
      await waitFor(
        () => page.probe('highlights'),
        (s) => s.total > 0,
        { what: 'highlights after "Show who said what"' },
      );
      await waitFor(
        () => popup.probe('popup'),
        (s) => s.entries.length > 0,
        { what: 'the popup to list the statements it asked for' },
      );
    } finally {
      await popup.close();
      await page.close();
    }
  });

  // 400 other sites are about 11 KB, over storage.sync's 8,192-byte item: that list is kept in local.
  const manySites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example`);
  test.skipIf(skip).each([
    ['one site', ['127.0.0.1'], 'sync'],
    ['a list too long for one sync item', [...manySites, '127.0.0.1'], 'local'],
  ])(
    'a site where it never runs gets no highlights, and the popup says it is off (%s)',
    async (_row, list, area) => {
      expect(await submit(options, { autoRun: 'auto', sites: list.join('\n') })).toMatch(/^Saved/);
      const where = await options.evaluate<number>(
        `${API}.storage.${area}.get('disabledSites').then((r) => r.disabledSites.length)`,
      );
      expect(where).toBe(list.length);
      const page = await ext.browser.open(ext.server.url('/demo/index.html'));
      const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(page));
      try {
        await ready(popup, 'the popup for the disabled site');
        const state = await popup.evaluate<{ state: string | null; on: boolean }>(`({
        state: document.querySelector('#status [data-state]')?.dataset.state ?? null,
        on: document.getElementById('site-switch').checked,
      })`);
        expect(state).toEqual({ state: 'disabled', on: false });
        expect((await page.probe('highlights')).total).toBe(0);
      } finally {
        await popup.close();
        await page.close();
      }
    },
  );
});
