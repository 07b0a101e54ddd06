// Firefox ESR (Debian /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi; the built extension is
// installed as a temporary add-on. Pitfalls (../shared/research/extension-spike.md): BiDi may not navigate to
// moz-extension:// without --remote-allow-system-access; the moz-extension UUID is random unless pinned by
// pref; page.goto to a moz-extension page never resolves (no load event), so we fire it and poll instead.
import puppeteer from 'puppeteer-core';
import type { Driver } from './extension-browser';
import type { RawPage } from './page-handle';
import { waitFor } from './wait';

/** The gecko id from vite.config.ts (GECKO_ID); the UUID below is pinned against it. */
const GECKO_ID = 'sourcelight@sourcelight.dev';
const EXTENSION_UUID = '5f0c1e2a-7b3d-4c8e-9a61-2d4b6e8f0a13';

export async function launchFirefox(executablePath: string, extensionDir: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    return {
      name: 'firefox',
      extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
      async openRaw(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page as unknown as RawPage;
      },
      async openExtensionRaw(url) {
        const page = await browser.newPage();
        void page.goto(url).catch(() => undefined);
        await waitFor(
          () =>
            page.evaluate('location.href.startsWith("moz-extension:") && document.readyState === "complete"'),
          (ready) => ready === true,
          { what: `${url} to load` },
        );
        return page as unknown as RawPage;
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
