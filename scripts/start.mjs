// `npm start` (after `npm run build`): serve the demo news page and open it in a browser with the built
// extension loaded (web-ext run). Without a display (or on CI) it prints the demo article's statements as a
// table instead, through the built CLI, and exits: it never waits on a browser nobody can see.
//   npm start                      Chromium (the default)
//   npm start -- --browser firefox Firefox
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_BINARIES, hasDisplay, parseBrowser } from './browser-choice.mjs';
import { startServer } from './serve.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(REPO, process.env.SOURCELIGHT_DIST ?? 'dist');

/** Runs a command with inherited stdio; resolves with its exit code. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: REPO, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`start: could not run ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function printTable() {
  console.log("No display here: the demo article's statements, from the built CLI.\n");
  const code = await run(process.execPath, [
    'bin/sourcelight.mjs',
    'analyze',
    '--format',
    'table',
    'demo/article.txt',
  ]);
  console.log(
    '\nTo try the extension by hand: load dist/chrome at chrome://extensions (Developer mode → Load unpacked),' +
      '\nor dist/firefox at about:debugging → This Firefox → Load Temporary Add-on (pick manifest.json),' +
      '\nthen open demo/index.html through `node scripts/serve.mjs`.',
  );
  return code;
}

async function launchBrowser(browser) {
  const sourceDir = resolve(DIST, browser === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
    console.error(`start: no build at ${sourceDir}; run \`npm run build\` first.`);
    return 2;
  }
  const server = await startServer();
  const url = server.url('/demo/index.html');
  const binary = BROWSER_BINARIES[browser].find((path) => existsSync(path));
  const args = ['run', '--source-dir', sourceDir, '--start-url', url];
  if (browser === 'chromium')
    args.push('--target', 'chromium', ...(binary ? ['--chromium-binary', binary] : []));
  if (browser === 'firefox')
    args.push('--target', 'firefox-desktop', ...(binary ? ['--firefox', binary] : []));
  console.log(`Demo page: ${url}\nOpening ${browser} with Sourcelight loaded (close the browser to stop).`);
  const webExt = resolve(REPO, 'node_modules/.bin/web-ext');
  const code = await run(webExt, args);
  await server.close();
  return code;
}

const browser = parseBrowser(process.argv.slice(2), 'start');
process.exitCode = hasDisplay() ? await launchBrowser(browser) : await printTable();
