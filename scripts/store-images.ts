// The store images, from the bundled demo article and the BUILT extension (`npm run build` first):
//   docs/store/screenshot-1-highlights-chrome.png  1280×800, Chromium: the highlights and a statement's card
//   docs/store/screenshot-2-panel-firefox.png      1280×800, Firefox: the article with the panel open over it
//   docs/store/promo-tile-440x280.png              440×280, Chromium: the small promotional tile
// Chromium through playwright-core and Firefox ESR through puppeteer-core (WebDriver BiDi), as the e2e harness
// drives them. Run: npx tsx scripts/store-images.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer, { type Page } from 'puppeteer-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { extensionBrowser, type Driver } from '../test/e2e/harness/extension-browser';
import { PageHandle, type RawPage } from '../test/e2e/harness/page-handle';
import { waitFor } from '../test/e2e/harness/wait';
import { pngSize } from './png';
import { startServer, type StaticServer } from './serve.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(REPO, process.env.SOURCELIGHT_DIST ?? 'dist');
const OUT = join(REPO, 'docs/store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const PANEL = { width: 400, height: 720 };
/** A passage of the demo article whose card the first screenshot shows. */
const CARD_PASSAGE = 'did not see NATO’s willingness';
const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '3d1f6b2e-9c4a-4e7d-8b05-6a2c1e9f7d34';

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

function save(name: string, png: Uint8Array, size: { width: number; height: number }): void {
  const actual = pngSize(Buffer.from(png));
  if (actual.width !== size.width || actual.height !== size.height) {
    throw new Error(`${name}: ${actual.width}×${actual.height}, expected ${size.width}×${size.height}`);
  }
  writeFileSync(join(OUT, name), png);
  console.log(`docs/store/${name}  ${(png.length / 1024).toFixed(0)} KB`);
}

const highlighted = (page: PageHandle) =>
  waitFor(
    () => page.probe('highlights'),
    (s) => s.total > 0,
    { what: 'highlights on the demo page' },
  );

/** The tile: the icon, the name, and one sentence marked the way the extension marks it. */
function tileHtml(): string {
  const icon = dataUrl(readFileSync(join(REPO, 'icons/icon-128.png')));
  return `<!doctype html><html><body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;
    background:#1c3e6c;color:#fff;font-family:system-ui,sans-serif;display:flex;flex-direction:column;
    justify-content:center;padding:0 32px;box-sizing:border-box">
    <div style="display:flex;align-items:center;gap:18px"><img src="${icon}" width="72" height="72"
      style="background:#fff;border-radius:16px"><div><div style="font-size:34px;font-weight:700">Sourcelight</div>
      <div style="font-size:16px;opacity:.9;white-space:nowrap">Who said what, in every news article</div></div></div>
    <p style="margin:26px 0 0;font:17px/1.6 Georgia,serif;background:#fff;color:#1d1d1f;padding:12px 16px;
      border-radius:8px">“<span style="background:#ffe27a">We will not back down</span>,”
      <b style="text-decoration:underline 3px #ffd23f">the mayor</b> said.</p></body></html>`;
}

async function chromiumImages(server: StaticServer): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-images-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: SCREEN,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(join(DIST, 'chrome')),
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(server.url('/demo/index.html'), { waitUntil: 'load' });
    const handle = new PageHandle(page as unknown as RawPage);
    await highlighted(handle);
    const point = await handle.probe('pointOnText', { needle: CARD_PASSAGE });
    if (!point?.covered) throw new Error(`no highlight on "${CARD_PASSAGE}"`);
    await page.mouse.click(point.x, point.y);
    await waitFor(
      () => handle.probe('card'),
      (s) => s.open,
      { what: 'the card to open' },
    );
    save('screenshot-1-highlights-chrome.png', await page.screenshot(), SCREEN);
    const tile = await context.newPage();
    await tile.setViewportSize(TILE);
    await tile.setContent(tileHtml());
    save('promo-tile-440x280.png', await tile.screenshot(), TILE);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The article and the panel side by side, as the panel opens below the toolbar button. */
function panelOverArticle(article: Uint8Array, panel: Uint8Array): string {
  return `<!doctype html><html><body style="margin:0;width:${SCREEN.width}px;height:${SCREEN.height}px;
    overflow:hidden;background:url(${dataUrl(article)})"><img src="${dataUrl(panel)}" style="position:absolute;
    right:16px;top:8px;border:1px solid #8c959f;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
    </body></html>`;
}

async function firefoxImages(server: StaticServer): Promise<void> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: SCREEN,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  try {
    await browser.installExtension(join(DIST, 'firefox'));
    const pages: Page[] = [];
    const open = async (url: string, extensionPage: boolean) => {
      const page = await browser.newPage();
      pages.push(page);
      if (!extensionPage) await page.goto(url, { waitUntil: 'load' });
      else {
        await page.setViewport(PANEL);
        void page.goto(url).catch(() => undefined); // no BiDi load event on moz-extension pages
        await waitFor(
          () =>
            page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
          (ready) => ready,
          { what: `${url} to load` },
        );
      }
      return page as unknown as RawPage;
    };
    const driver: Driver = {
      name: 'firefox',
      extensionOrigin: `moz-extension://${UUID}`,
      openRaw: (url) => open(url, false),
      openExtensionRaw: (url) => open(url, true),
      close: () => browser.close(),
    };
    const ext = extensionBrowser(driver);
    const article = await ext.open(server.url('/demo/index.html'));
    await highlighted(article);
    const popup = await ext.openPopup(await ext.tabIdOf(article));
    await waitFor(
      () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
      (ready) => ready,
      { what: 'the panel to render' },
    );
    // The article is the one web page opened; the panel, the last extension page (BiDi keeps no URL for it).
    const [articlePage, panelPage] = [pages.find((page) => page.url().startsWith('http')), pages.at(-1)];
    await articlePage!.evaluate(() => window.scrollTo(0, 0));
    const shot = await articlePage!.screenshot();
    const panel = await panelPage!.screenshot();
    const stage = await browser.newPage();
    await stage.setContent(panelOverArticle(shot, panel));
    save('screenshot-2-panel-firefox.png', await stage.screenshot(), SCREEN);
  } finally {
    await browser.close();
  }
}

const server = await startServer();
try {
  await chromiumImages(server);
  await firefoxImages(server);
} finally {
  await server.close();
}
