#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/sourcelight.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('sourcelight: the CLI is not built yet; run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
