import type { Plugin } from 'vite';

/**
 * Vite wraps every `import()` of an app build in its preload helper. Even with `modulePreload: false`
 * the helper stays: when an import fails (the extension was reloaded under an open page, say) it
 * dispatches a `vite:preloadError` event on `window`, which in a content script is the page's window,
 * so any page listening would learn that Sourcelight is there; and given CSS dependencies it appends
 * <link> tags to the page's <head>. Our pieces have neither CSS nor preloadable dependencies, so the
 * helper only has to call the import: this plugin loads that in its place (the helper's module id is
 * Vite's, and fixed since Vite 2). test/unit/scripts/inert-preload.test.ts builds with and without it.
 */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

const INERT_HELPER = `export const __vitePreload = (load) => load();`;

export function inertPreload(): Plugin {
  return {
    name: 'sourcelight:inert-preload',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : null),
    load: (id) => (id === PRELOAD_HELPER_ID ? INERT_HELPER : null),
  };
}
