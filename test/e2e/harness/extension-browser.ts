// The browser-independent half of the harness: tab ids through an extension page, the popup as a tab.
import { PageHandle, type RawPage } from './page-handle';
import { waitFor } from './wait';

export type BrowserName = 'chromium' | 'firefox';

/** What each browser driver supplies. */
export interface Driver {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string;
  /** A new tab on `url`, resolved after its load event. */
  openRaw(url: string): Promise<RawPage>;
  /** A new tab on an extension page, resolved once it has loaded (Firefox fires no BiDi load event there). */
  openExtensionRaw(url: string): Promise<RawPage>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<PageHandle>;
  /** The extension's tab id of a page opened with `open`. */
  tabIdOf(page: PageHandle): Promise<number>;
  /** Opens the popup as a tab, pointed at `tabId` (`?tab=`), once its document has loaded. */
  openPopup(tabId: number): Promise<PageHandle>;
  /** Any extension page, e.g. `src/options/index.html`. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** Writes to the extension's storage (`recordTimings` in local, which `launch` turns on; settings in sync). */
  store(area: 'local' | 'sync', items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** An extension page kept open to call browser.tabs; the options page has no side effects. */
const CONTROL_PAGE = 'src/options/index.html';

export function extensionBrowser(driver: Driver): ExtensionBrowser {
  const tabIds = new WeakMap<PageHandle, number>();
  let control: PageHandle | null = null;
  let controlTabId: number | undefined;

  async function controlPage(): Promise<PageHandle> {
    if (!control) {
      control = new PageHandle(await driver.openExtensionRaw(`${driver.extensionOrigin}/${CONTROL_PAGE}`));
      const all = await control.probe('tabs');
      controlTabId = all.find((tab) => tab.url?.startsWith(driver.extensionOrigin))?.id;
    }
    return control;
  }

  async function tabs(): Promise<{ id: number; url: string | null }[]> {
    return (await controlPage()).probe('tabs');
  }

  async function openExtensionPage(path: string): Promise<PageHandle> {
    const page = new PageHandle(await driver.openExtensionRaw(`${driver.extensionOrigin}/${path}`));
    await waitFor(
      () => page.probe('extensionPageReady'),
      (ready) => ready,
      { what: `extension page ${path} to load` },
    );
    return page;
  }

  return {
    name: driver.name,
    extensionOrigin: driver.extensionOrigin,
    async open(url) {
      const before = new Set((await tabs()).map((tab) => tab.id));
      const page = new PageHandle(await driver.openRaw(url), async () => {
        const id = tabIds.get(page);
        return id === undefined ? null : (await controlPage()).probe('describeUi', { tabId: id });
      });
      // The extension sees the tab's url where it has host access; otherwise the new tab is the one id
      // that was not there before.
      const after = await waitFor(
        () => tabs(),
        (all) => all.some((tab) => !before.has(tab.id) && tab.id !== controlTabId),
        { what: `the tab of ${url} to appear in browser.tabs` },
      );
      const byUrl = after.find((tab) => tab.url === page.url);
      const fresh = after.filter((tab) => !before.has(tab.id) && tab.id !== controlTabId);
      const id = byUrl?.id ?? fresh.at(-1)?.id;
      if (id !== undefined) tabIds.set(page, id);
      return page;
    },
    async tabIdOf(page) {
      const id = tabIds.get(page);
      if (id === undefined) throw new Error(`no tab id known for ${page.url}`);
      return id;
    },
    openPopup: (tabId) => openExtensionPage(`src/popup/index.html?tab=${tabId}`),
    openExtensionPage,
    async store(area, items) {
      await (await controlPage()).probe('store', { area, items });
    },
    async close() {
      await driver.close();
    },
  };
}
