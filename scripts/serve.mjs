// A tiny static server on 127.0.0.1 (random port) for the demo, the test fixtures and, when present, the
// shared saved news pages. Used by `npm start`, the e2e harness and the page benchmark.
//   /demo/…       → demo/
//   /fixtures/…   → test/fixtures/
//   /newspages/…  → ../shared/newspages/ (only when that folder exists)
// Every HTML file is served as `text/html; charset=utf-8`: the saved pages are UTF-8 but not all say so early.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The shared saved news pages, or null when ../shared is absent (the project must pass without it). */
export const NEWSPAGES_DIR = existsSync(resolve(REPO, '../shared/newspages'))
  ? resolve(REPO, '../shared/newspages')
  : null;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function mounts() {
  const table = [
    ['/demo/', resolve(REPO, 'demo')],
    ['/fixtures/', resolve(REPO, 'test/fixtures')],
  ];
  if (NEWSPAGES_DIR) table.push(['/newspages/', NEWSPAGES_DIR]);
  return table;
}

/** Maps a URL path to a file under one of the mounts, or null (outside every mount, or a traversal). */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts()) {
    if (!pathname.startsWith(prefix)) continue;
    let file = resolve(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return file;
  }
  return null;
}

/**
 * Starts the server; resolves once it listens.
 * @returns {Promise<{ origin: string, url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function startServer() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/index.html' }).end();
      return;
    }
    let file;
    try {
      file = fileFor(pathname);
    } catch {
      file = null; // a malformed %-escape
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// `node scripts/serve.mjs`: serve until interrupted.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { url } = await startServer();
  console.log(`Serving ${url('/demo/index.html')} (Ctrl+C to stop)`);
}
