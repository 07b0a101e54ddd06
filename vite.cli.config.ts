import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { linkedomLazyListeners } from './scripts/linkedom-lazy-listeners';
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';

// The CLI: the same core plus the same article extraction, bundled for Node into self-contained files
// (dist/cli/sourcelight.mjs and the chunks it imports on demand: HTML extraction and the WARC reader load
// with the first document that needs them), so `npm ci --omit=dev && npm run build`-style installs need no
// runtime packages for it: linkedom and everything else are inlined; only Node's built-ins stay imports.
export default defineConfig({
  plugins: [readabilityWithoutInnerHtml(), linkedomLazyListeners()],
  resolve: {
    alias: {
      // linkedom's <canvas> support try-requires the optional native `canvas` package; the CLI never
      // draws, so it gets linkedom's own shim instead of a require() the ES bundle can't satisfy.
      canvas: fileURLToPath(new URL('node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)),
    },
  },
  ssr: { noExternal: true, target: 'node' },
  build: {
    outDir: `${process.env.SOURCELIGHT_DIST ?? 'dist'}/cli`,
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/index.ts',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'sourcelight.mjs' } },
  },
});
