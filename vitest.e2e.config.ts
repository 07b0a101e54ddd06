import { defineConfig } from 'vitest/config';

// End-to-end: the BUILT extension (test/e2e, and the hostile pages of test/hostile) (`${SOURCELIGHT_DIST ?? 'dist'}`) in real Chromium and Firefox.
// One file at a time: each launches a browser, and the machine has few cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts', 'test/hostile/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
