// One browser with the built extension, and the local server, for the suites of a describe block:
// started before its tests, closed after them, never started where the gate skips the browser.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from '../../../scripts/serve.mjs';
import { gate, launch, type LaunchOptions } from './browsers';
import type { BrowserName, ExtensionBrowser } from './extension-browser';

export interface ExtensionSession {
  readonly skip: boolean;
  /** Set before the block's own beforeAll hooks run (hooks run in the order they are registered). */
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
}

export function useExtension(name: BrowserName, options: LaunchOptions = {}): ExtensionSession {
  const session = { skip: gate(name).skip } as {
    skip: boolean;
    server: StaticServer;
    browser: ExtensionBrowser;
  };
  beforeAll(async () => {
    if (session.skip) return;
    session.server = await startServer();
    session.browser = await launch(name, options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
