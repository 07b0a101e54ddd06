// The e2e harness: the same small API in Chromium and Firefox.
export { BROWSERS, extensionDir, gate } from './browsers';
export type { BrowserName } from './extension-browser';
export { PageHandle } from './page-handle';
export { NEWSPAGES_DIR, startServer, type StaticServer } from '../../../scripts/serve.mjs';
export { useExtension } from './use-extension';
export { waitFor } from './wait';
