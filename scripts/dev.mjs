// `npm run dev`: the development loop. A development build goes to dist/dev/<browser> (never over dist/chrome
// or dist/firefox, which the tests load) and web-ext opens the browser with it on the demo article; an edit
// to the card, the panel or the core then shows without a manual reload. Ctrl-C stops everything.
//   npm run dev                       Chromium: Vite's dev server with @crxjs' hot reload, which reloads the
//                                     extension and the page on each change.
//   npm run dev -- --browser firefox  Firefox: `vite build --watch` (a few seconds per change), and web-ext
//                                     reloads the add-on, which Firefox re-injects into the open page. Not
//                                     crxjs' dev server: Firefox refuses the background's imports from it.
// Without a display (or with CI set) the build still follows every edit and says which folder to load.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import { BROWSER_BINARIES, hasDisplay, parseBrowser } from './browser-choice.mjs';
import { startServer } from './serve.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(REPO, process.env.SOURCELIGHT_DIST ?? 'dist');
/** How long the first development build may take before we give up waiting for it. */
const FIRST_BUILD_TIMEOUT_MS = 60_000;

/** Resolves once crxjs has written the development build's manifest (after `since`). */
async function firstBuild(dir, since) {
  const manifest = resolve(dir, 'manifest.json');
  for (const deadline = Date.now() + FIRST_BUILD_TIMEOUT_MS; Date.now() < deadline;) {
    if (existsSync(manifest) && statSync(manifest).mtimeMs >= since) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`dev: no development build in ${dir} after ${FIRST_BUILD_TIMEOUT_MS / 1000} s`);
}

/** Chromium: crxjs' dev server; it writes `dir` and reloads the extension itself. */
async function serveChromium(dir) {
  const started = Date.now();
  const vite = await createServer({ root: REPO, mode: 'chrome', server: { strictPort: false } });
  await vite.listen();
  await firstBuild(dir, started);
  return () => vite.close();
}

/** Firefox: a production-shaped build, rebuilt on every change. */
async function watchFirefox(dir) {
  const watcher = await build({ root: REPO, mode: 'firefox', build: { outDir: dir, watch: {} } });
  await new Promise((done, fail) =>
    watcher.on('event', (event) => {
      if (event.code === 'END') done();
      if (event.code === 'ERROR') fail(event.error);
    }),
  );
  return () => watcher.close();
}

/** web-ext run on the development build; in Chromium crxjs does the reloading, so web-ext's own is off. */
function openBrowser(browser, dir, url) {
  const binary = BROWSER_BINARIES[browser].find((path) => existsSync(path));
  const args = ['run', '--source-dir', dir, '--start-url', url];
  if (browser === 'chromium')
    args.push('--no-reload', '--target', 'chromium', ...(binary ? ['--chromium-binary', binary] : []));
  else args.push('--target', 'firefox-desktop', ...(binary ? ['--firefox', binary] : []));
  return spawn(resolve(REPO, 'node_modules/.bin/web-ext'), args, { cwd: REPO, stdio: 'inherit' });
}

const browser = parseBrowser(process.argv.slice(2), 'dev');
const dir = resolve(DIST, 'dev', browser === 'chromium' ? 'chrome' : 'firefox');
const closeBuild = browser === 'chromium' ? await serveChromium(dir) : await watchFirefox(dir);
const demo = await startServer();
const url = demo.url('/demo/index.html');
const stop = async () => {
  await demo.close();
  await closeBuild();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (hasDisplay()) {
  console.log(
    `Demo page: ${url}\nOpening ${browser} with the development build (close it or Ctrl-C to stop).`,
  );
  openBrowser(browser, dir, url).on('exit', stop);
} else {
  console.log(
    `No display here: ${dir} follows every edit (Ctrl-C to stop).` +
      `\nLoad that folder as an unpacked extension, then open the demo: ${url}`,
  );
}
