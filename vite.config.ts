import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';

type Target = 'chrome' | 'firefox';

/** Where builds go; tests read the same variable, so parallel work can build elsewhere. */
const DIST = process.env.SOURCELIGHT_DIST ?? 'dist';

/** The gecko id; tests pin the moz-extension UUID against it. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

// One Chrome-shaped manifest.json; Firefox gets an event page and its gecko settings here,
// because crxjs' firefox mode converts neither.
function manifestFor(target: Target): ManifestV3Export {
  const manifest: Record<string, unknown> = structuredClone(base);
  if (target === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 142: the first desktop and Android release that reads data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [readabilityWithoutInnerHtml(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: `${DIST}/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Vite's preload helper would add <link rel=modulepreload> tags to every article page's <head>:
      // the page's DOM must stay as it was, and page scripts must not see the extension's URLs.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // src/shared in one chunk that the content script loads up front: the analyzer chunk, loaded on
          // article pages, then needs no second round of extension-URL fetches.
          codeSplitting: { groups: [{ name: 'shared', test: /[\\/]src[\\/]shared[\\/]/ }] },
        },
      },
    },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
      testTimeout: 30_000,
    },
  };
});
