// The e2e harness: the same small API in Chromium and Firefox.
export { BROWSERS } from './browsers';
export { PageHandle } from './page-handle';
export { NEWSPAGES_DIR } from '../../../scripts/serve.mjs';
export { useExtension } from './use-extension';
export { waitFor } from './wait';
