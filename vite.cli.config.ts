import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI: the same core plus the same article extraction, bundled for Node.
export default defineConfig({
  build: {
    outDir: `${process.env.SOURCELIGHT_DIST ?? 'dist'}/cli`,
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    lib: { entry: 'src/cli/index.ts', formats: ['es'], fileName: () => 'sourcelight.mjs' },
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'linkedom', 'jsdom'],
    },
  },
});
