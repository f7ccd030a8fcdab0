/**
 * Serves the production build from this machine alone: the app and its data files,
 * nothing fetched from anywhere else. PORT picks the port (default 4173; 0 for any free one).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CSP } from './csp';

const root = fileURLToPath(new URL('../dist', import.meta.url));

/** The headers of every file served from a build (the bench serves its pages with them too). */
export function setHeaders(res: ServerResponse, path: string): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (path.endsWith('.geojson')) res.setHeader('Content-Type', 'application/geo+json');
  if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

/** Serves a build: the app's (`dist/`) unless another folder is named. */
export function serve(port: number, host = '127.0.0.1', dir = root): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(dir)) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  const assets = sirv(dir, {
    etag: true,
    // The build writes .br and .gz beside each asset; these serve them to browsers that ask.
    brotli: true,
    gzip: true,
    setHeaders,
  });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${bound}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.env.PORT ?? 4173));
  console.log(`Dashboard: ${url}  (Ctrl+C to stop)`);
}
