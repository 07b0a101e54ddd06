// Unused files, exports and dependencies (`npm run lint` runs knip). The extension's entries are the ones
// manifest.json names (knip does not read manifests) and Chrome's injected analyzer (vite.config.ts); vite,
// vitest, eslint and the e2e config are found by knip's own plugins.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    'src/content/index.ts',
    'src/content/preload.ts',
    'src/content/session-injected.ts',
    'src/background/index.ts',
    'src/popup/index.ts',
    'src/options/index.ts',
    'src/cli/index.ts',
    'scripts/*.{ts,mjs}',
  ],
  project: ['src/**/*.ts', 'scripts/**/*.{ts,mjs}', 'test/**/*.ts', '*.ts'],
  // Read from node_modules by path (the options e2e test injects axe.min.js into the page), not imported.
  ignoreDependencies: ['axe-core'],
};

export default config;
