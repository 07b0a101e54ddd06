import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { INJECTED_SESSION_FILE } from './src/background/injected-session-file';
import { contentScriptPieces } from './scripts/content-script-pieces';
import { CONTENT_SCRIPT_ENTRIES, manifestFor, type Target } from './scripts/manifest-for';
import { inertPreload } from './scripts/inert-preload';
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';

export { GECKO_ID } from './scripts/manifest-for';

/** Where builds go; tests read the same variable, so parallel work can build elsewhere. */
const DIST = process.env.SOURCELIGHT_DIST ?? 'dist';

/**
 * The analyzer's session can ride in the document_idle entry script (content-script-pieces' `inline`)
 * instead of being a module of its own. In Chrome that cut the wall-clock pass on the saved pages (wall
 * pass / bare parse median 1.19x -> ~0.95x, pages over 1.2x 45 -> ~25 of 87): the module's import() took 5
 * main-thread hops behind the page's parsing and layout. It is off: the entry script's compile then costs
 * every page and every frame, article or not, 8.8-14 ms instead of 1.2-1.6 ms (scripts/content-script-cost.ts),
 * and a content script must stay light on the pages it does nothing for. Firefox measured slower with it
 * (1.2-1.4x -> 2.1-2.2x); there the document_start script loads the module in time (early-session.ts).
 * Rewriting the inlined modules' initialisers from `s((()=>{…}))` to `s((0,()=>{…}))` cut V8's eagerly
 * compiled functions in that script from 98 to 9 (--log-function-events) but not its measured compile on a
 * non-article page (8.6 / 5.7 ms without, 9.1 / 8.9 ms with, against 1.5 / 1.3 ms off; 15 loads each).
 * Chrome instead has the background inject the session into an article's frame (`injected`,
 * background/inject-session.ts): one task there rather than the import()'s hops, and only on articles.
 */
function sessionPlacement(inEntry: boolean, injected: boolean): Plugin {
  return {
    name: 'sourcelight:session-placement',
    config: () => ({
      define: {
        SOURCELIGHT_SESSION_IN_ENTRY: JSON.stringify(inEntry),
        SOURCELIGHT_SESSION_INJECTED: JSON.stringify(injected),
        // Chrome parses copies in its offscreen document, which a page sends its copy to directly
        // (content/copy-transport.ts); the same builds as the injection.
        SOURCELIGHT_OFFSCREEN_COPIES: JSON.stringify(injected),
        // Firefox's text map waits for the page's first frame, Chrome's does not (content/extract-page.ts).
        SOURCELIGHT_FRAME_WAIT: JSON.stringify(!injected),
      },
    }),
  };
}

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const production = command === 'build';
  const sessionInEntry = false;
  // Chrome: the background injects the session into an article's frame (background/inject-session.ts).
  // Not Firefox: there the injection arrived no sooner than the import() (docs/architecture.md).
  const sessionInjected = target === 'chrome';
  return {
    plugins: [
      readabilityWithoutInnerHtml(),
      inertPreload(),
      crx({ manifest: manifestFor(target, { production }), browser: target }),
      contentScriptPieces({
        entries: CONTENT_SCRIPT_ENTRIES,
        browser: target,
        plugins: () => [
          readabilityWithoutInnerHtml(),
          inertPreload(),
          sessionPlacement(sessionInEntry, sessionInjected),
        ],
        inline: sessionInEntry ? [resolve('src/content/session.ts')] : [],
        injected: sessionInjected
          ? { [resolve('src/content/session-injected.ts')]: INJECTED_SESSION_FILE }
          : {},
      }),
    ],
    build: {
      // `npm run dev` writes next to the production build, never over it (the tests load that one).
      outDir: production ? `${DIST}/${target}` : `${DIST}/dev/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Vite's preload helper would add <link rel=modulepreload> tags to every article page's <head>:
      // the page's DOM must stay as it was, and page scripts must not see the extension's URLs.
      modulePreload: false,
      // src/shared in one chunk, shared by the extension's own pages (a production build's option only).
      rolldownOptions: {
        // Chrome's offscreen document (a DOM for parsing a copy of the page): no manifest key names it.
        ...(target === 'chrome' ? { input: { offscreen: 'src/background/offscreen.html' } } : {}),
        ...(production
          ? { output: { codeSplitting: { groups: [{ name: 'shared', test: /[\\/]src[\\/]shared[\\/]/ }] } } }
          : {}),
      },
    },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
      testTimeout: 30_000,
    },
  };
});
