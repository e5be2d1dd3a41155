// A tiny static file server for the end-to-end tests: serves a folder (default: dist/) on 127.0.0.1.
// Use from a test: `const server = await startServer(); ... server.url ...; await server.close();`
// Or from the shell: `node tests/e2e/lib/server.mjs [dir] [port] [prefix]` prints the URL and serves until
// killed (prefix: serve under a sub-path, e.g. /bao-cao/).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The build under test: $DIST_DIR, else dist/. */
export const DIST = process.env.DIST_DIR ?? path.join(ROOT, 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `dir` on 127.0.0.1 (port 0 = any free port). Resolves to { url, port, close }.
 * Requests for a path without a file extension that does not exist get index.html (client-side routes).
 * `prefix` (e.g. '/bao-cao/') serves the folder under that sub-path only, like a static host that
 * publishes the site in a sub-folder; everything outside it is 404. `close()` also drops open
 * connections, so a test can take the server away (offline) and keep its browser running.
 */
export function startServer({ dir = path.join(ROOT, 'dist'), port = 0, host = '127.0.0.1', prefix = '/' } = {}) {
  const root = path.resolve(dir);
  const base = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(new Error(`${root}/index.html not found: build first (trunk build --release)`));
  }
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let file = path.join(root, pathname.slice(base.length - 1));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      if (path.extname(pathname) === '') file = path.join(root, 'index.html');
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}${base}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * The base URL of the app under test: $BASE_URL when set (test.sh starts one server for all files),
 * otherwise a server started here on the build under test (DIST). Always call `close()` when done.
 */
export async function appServer() {
  if (process.env.BASE_URL) {
    const url = process.env.BASE_URL.endsWith('/') ? process.env.BASE_URL : `${process.env.BASE_URL}/`;
    return { url, close: async () => {} };
  }
  return startServer({ dir: DIST });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.join(ROOT, 'dist');
  const port = Number(process.argv[3] ?? 0);
  const prefix = process.argv[4] ?? '/';
  const { url } = await startServer({ dir, port, prefix });
  console.log(url);
  const stop = () => process.exit(0);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
