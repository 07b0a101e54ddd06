// Serves the generated hostile pages (each with its own response headers, e.g. a CSP), plus the page-side
// recorder every page loads first, on 127.0.0.1 at a random port. Counts every request it answers, so a
// test can tell that nothing but the page itself (and the browser's favicon) was asked for.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RECORDER_JS, RECORDER_PATH, type HostilePage } from './hostile-pages';

export interface HostileServer {
  url(path: string): string;
  /** Paths asked for since the server started, in order (favicon requests left out). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startHostileServer(pages: readonly HostilePage[]): Promise<HostileServer> {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname !== '/favicon.ico') requests.push(pathname);
    const page = byPath.get(pathname);
    if (pathname === RECORDER_PATH) {
      response.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(RECORDER_JS);
    } else if (page) {
      const type = page.type ?? 'text/html; charset=utf-8';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...page.headers });
      response.end(page.body);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
