// The e2e harness: the same small API in Chromium and Firefox.
export { BROWSERS, extensionDir, gate, launch } from './browsers';
export type { BrowserName, ExtensionBrowser } from './extension-browser';
export { PageHandle } from './page-handle';
export type { CardState, HighlightSummary, Measure, Point, PopupState } from './page-handle';
export { NEWSPAGES_DIR, startServer, type StaticServer } from '../../../scripts/serve.mjs';
export { useExtension, type ExtensionSession } from './use-extension';
export { waitFor } from './wait';
