import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { contentScriptPieces } from './scripts/content-script-pieces';
import { CONTENT_SCRIPT_ENTRIES, manifestFor, type Target } from './scripts/manifest-for';
import { inertPreload } from './scripts/inert-preload';
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';

export { GECKO_ID } from './scripts/manifest-for';

/** Where builds go; tests read the same variable, so parallel work can build elsewhere. */
const DIST = process.env.SOURCELIGHT_DIST ?? 'dist';

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const production = command === 'build';
  return {
    plugins: [
      readabilityWithoutInnerHtml(),
      inertPreload(),
      crx({ manifest: manifestFor(target, { production }), browser: target }),
      contentScriptPieces({
        entries: CONTENT_SCRIPT_ENTRIES,
        browser: target,
        plugins: () => [readabilityWithoutInnerHtml(), inertPreload()],
        // The analyzer's session rides in the entry's script, evaluated only on an article: as a piece, its
        // import() took 5 main-thread hops (redirect, response, decode, compile, evaluate) behind the page's
        // parsing and layout, and was still loading at document_idle on half the pages (a 30-140 ms wait).
        inline: [resolve('src/content/session.ts')],
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
