#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli (or $SOURCELIGHT_DIST/cli, the same
// variable the build uses, resolved against the project root like vite's outDir).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = resolve(root, process.env.SOURCELIGHT_DIST ?? 'dist', 'cli', 'sourcelight.mjs');
if (!existsSync(bundle)) {
  console.error(`sourcelight: the CLI is not built yet (no ${bundle}); run \`npm run build\` first.`);
  process.exit(2);
}
// `sourcelight … | head` closes the pipe early: stop quietly, as other Unix tools do, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
