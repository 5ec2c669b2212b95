import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, normalize, resolve } from 'node:path';
import { cacheControlFor } from '../../../shared/security/cache-control';

/** Port of the bench origin (not the app's 5178, so a running `npm run web` or e2e is not disturbed). */
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 5179);
export const BENCH_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * One origin for the built renderer (`/`), the bench page (`/bench/`), a blank page (`/blank.html`)
 * and generated data (`/data/`). Paths never leave their folder.
 */
export function startStaticServer(mounts: {
  app: string;
  bench: string;
  data: string;
}): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', BENCH_ORIGIN);
    const path = decodeURIComponent(url.pathname);
    if (path === '/blank.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
      response.end(
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>kosong</title></head><body><p id="ready">kosong</p></body></html>',
      );
      return;
    }
    // The app's region asset is fetched relative to the page, so the bench page finds it at /bench/regions/.
    const [root, rest] = path.startsWith('/bench/regions/')
      ? [mounts.app, path.slice('/bench/'.length)]
      : path.startsWith('/bench/')
        ? [mounts.bench, path.slice('/bench/'.length)]
        : path.startsWith('/data/')
          ? [mounts.data, path.slice('/data/'.length)]
          : [mounts.app, path.slice(1)];
    const file = resolve(root, normalize(rest === '' ? 'index.html' : rest));
    if (!file.startsWith(resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404);
      response.end('tidak ada');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // As the desktop's app:// handler answers, so the bench's starts compile what the app's do.
      'cache-control': root === mounts.app ? cacheControlFor(path) : 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(BENCH_PORT, '127.0.0.1', () => resolvePromise(server));
  });
}
