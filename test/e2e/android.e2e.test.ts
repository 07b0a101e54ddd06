// Firefox for Android, as near as a desktop Firefox gets: the built extension with its background started
// without the contextMenus and commands APIs (Android has neither), every page at a phone's size. The
// background must still answer its pages (the badge is its doing), and the panel must fit the phone's width.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionBrowser, type Driver, type ExtensionBrowser } from './harness/extension-browser';
import type { RawPage } from './harness/page-handle';
import { extensionDir, gate, startServer, waitFor, type PageHandle, type StaticServer } from './harness';

/** A common Android phone, in CSS pixels; PHONE_NARROW is the narrowest still sold. */
const PHONE = { width: 360, height: 740 };
const PHONE_NARROW = { width: 320, height: 640 };
const MISSING_ON_ANDROID = ['contextMenus', 'menus', 'commands'];
const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '0c9d4e61-2a7f-4b3e-8d15-7e6a9b2c4f80';
const API = '(globalThis.browser ?? globalThis.chrome)';
const FIREFOX = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Runs first in the background page: hides the APIs Android lacks from everything after it, and keeps the
 * errors the rest of the background throws (one at the top level would stop every listener after it). */
const ANDROID_SHIM = `globalThis.sourcelightErrors = [];
addEventListener('error', (event) => globalThis.sourcelightErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => globalThis.sourcelightErrors.push(String(event.reason)));
const missing = new Set(${JSON.stringify(MISSING_ON_ANDROID)});
for (const name of ['browser', 'chrome']) {
  const real = globalThis[name];
  const hidden = new Proxy(real, {
    get: (target, key) => (missing.has(key) ? undefined : Reflect.get(target, key)),
    has: (target, key) => !missing.has(key) && Reflect.has(target, key),
  });
  Object.defineProperty(globalThis, name, { value: hidden, configurable: true, writable: true });
}
`;

/** A copy of the Firefox build whose background starts with the shim. */
function androidBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-android-'));
  cpSync(extensionDir('firefox'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'android-shim.js'), ANDROID_SHIM);
  manifest.background.scripts = ['android-shim.js', ...manifest.background.scripts];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** The size of the tabs opened next. */
let screen = PHONE;

async function launchPhone(dir: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: PHONE,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // A touch screen, as on a phone: a coarse pointer that cannot hover, and scrollbars that take no room.
      'ui.primaryPointerCapabilities': 1,
      'ui.allPointerCapabilities': 1,
      'ui.useOverlayScrollbars': 1,
    },
  });
  await browser.installExtension(dir);
  const open = async (url: string, wait: boolean) => {
    const page = await browser.newPage();
    await page.setViewport(screen);
    if (wait) await page.goto(url, { waitUntil: 'load' });
    else {
      // moz-extension pages fire no BiDi load event (as in harness/firefox.ts)
      void page.goto(url).catch(() => undefined);
      await waitFor(
        () => page.evaluate('location.protocol === "moz-extension:" && document.readyState === "complete"'),
        (ready) => ready === true,
        { what: `${url} to load` },
      );
    }
    return page as unknown as RawPage;
  };
  const driver: Driver = {
    name: 'firefox',
    extensionOrigin: `moz-extension://${UUID}`,
    openRaw: (url) => open(url, true),
    openExtensionRaw: (url) => open(url, false),
    close: () => browser.close(),
  };
  return extensionBrowser(driver);
}

/** How the panel lays out: horizontal overflow, and entries or controls cut off at the right edge. */
const LAYOUT = `(() => {
  const width = document.documentElement.clientWidth;
  const outside = [...document.querySelectorAll('[data-statement-id], button, select, input, h1')]
    .filter((el) => el.getClientRects().length > 0)
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .map((el) => el.tagName + (el.id ? '#' + el.id : ''));
  return { width, scrollWidth: document.documentElement.scrollWidth, outside,
    entries: document.querySelectorAll('[data-statement-id]').length };
})()`;

interface Layout {
  readonly width: number;
  readonly scrollWidth: number;
  readonly outside: readonly string[];
  readonly entries: number;
}

const { skip } = gate('firefox');

describe.skipIf(skip)('Firefox for Android: no context menus or commands, a phone-sized screen', () => {
  let dir: string;
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: PageHandle;
  let tabId: number;

  beforeAll(async () => {
    dir = androidBuild();
    server = await startServer();
    browser = await launchPhone(dir);
    page = await browser.open(server.url('/demo/index.html'));
    tabId = await browser.tabIdOf(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the background starts without those APIs, and without an error', async () => {
    const options = await browser.openExtensionPage('src/options/index.html');
    const seen = await options.evaluate<{ apis: Record<string, boolean>; errors: string[] }>(
      `${API}.runtime.getBackgroundPage().then((bg) => ({
        apis: Object.fromEntries(${JSON.stringify(MISSING_ON_ANDROID)}.map((name) => [name, name in bg.browser])),
        errors: bg.sourcelightErrors,
      }))`,
    );
    expect(seen.apis).toEqual(Object.fromEntries(MISSING_ON_ANDROID.map((name) => [name, false])));
    expect(seen.errors).toEqual([]);
    await options.close();
  });

  test('the article is highlighted and the background counts it on the badge', async () => {
    const highlights = await waitFor(
      () => page.probe('highlights'),
      (s) => s.total > 0,
      { what: 'highlights on the demo page' },
    );
    expect(highlights.total).toBeGreaterThan(0);
    const popup = await browser.openPopup(tabId);
    const badge = await waitFor(
      () => popup.evaluate<string>(`${API}.action.getBadgeText({ tabId: ${tabId} })`),
      (text) => /^\d+$/.test(text),
      { what: 'the badge to show a count' },
    );
    expect(Number(badge)).toBeGreaterThan(0);
    await popup.close();
  });

  test.each([PHONE, PHONE_NARROW])('the panel fits a $width px wide screen', async ({ width, height }) => {
    screen = { width, height };
    const popup = await browser.openPopup(tabId);
    await waitFor(
      () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
      (ready) => ready,
      { what: 'the popup to render' },
    );
    const layout = await waitFor(
      () => popup.evaluate<Layout>(LAYOUT),
      (l) => l.entries > 0 && l.width <= width,
      { what: `the panel at ${width} px` },
    );
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.outside).toEqual([]);
    await popup.close();
  });
});
