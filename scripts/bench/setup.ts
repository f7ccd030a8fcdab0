/** Building the app and the baseline page, and serving both from one local server. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import sirv from 'sirv';
import { setHeaders } from '../serve';
import { APP_OUT, BASELINE_OUT, BENCH_OUT, DIST, ROOT } from './config';

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
}

export function build(): void {
  if (process.env.BENCH_NO_BUILD === '1') {
    if (!existsSync(APP_OUT) || !existsSync(BASELINE_OUT))
      throw new Error('BENCH_NO_BUILD=1 but bench/out/app/ or bench/out/baseline/ is missing: run `npm run bench` once.');
    return;
  }
  console.log('Building the app (npm run build) …');
  sh('npm', ['run', 'build', '--silent']);
  rmSync(APP_OUT, { recursive: true, force: true });
  cpSync(DIST, APP_OUT, { recursive: true });
  console.log('Building the baseline (bench/baseline) …');
  sh(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'bench/baseline/vite.config.ts']);
}

/** A layer file the build names `assets/<file id>-<hash>.geojson`, as the app and the baseline ask for it. */
const LAYER_ASSET = /^(?:\/baseline)?\/assets\/([a-z]+)-[\w-]{8}\.geojson$/;

/**
 * Serves the app at / and the baseline at /baseline/; with `data`, a folder of layer files
 * named by file id, both pages get those files in place of the build's (the larger stories).
 */
export async function serveBoth(data: string | null = null): Promise<Server> {
  // Uncompressed, with the server's headers: the bench weighs the compressed sizes itself.
  const app = sirv(APP_OUT, { etag: true, setHeaders });
  const baseline = sirv(BENCH_OUT, { etag: true, setHeaders });
  const layers = data ? sirv(data, { etag: true, setHeaders }) : null;
  const layerFile = (pathname: string) => (data ? pathname.match(LAYER_ASSET)?.[1] : undefined);
  const server = createServer((req, res) => {
    const file = layerFile(req.url?.split('?')[0] ?? '');
    if (file && layers) req.url = `/${file}.geojson`;
    const handler = file && layers ? layers : req.url?.startsWith('/baseline/') ? baseline : app;
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
    fileFor(pathname: string) {
      const file = layerFile(pathname);
      return file && data ? join(data, `${file}.geojson`) : builtFile(pathname);
    },
  };
}

export interface Server {
  url: string;
  close(): Promise<void>;
  /** The file on disk a served path comes from, for when the browser will not hand over a body. */
  fileFor(pathname: string): string | null;
}

/** The file on disk a served path of the build comes from. */
function builtFile(pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.startsWith('/baseline/')
    ? [join(BENCH_OUT, clean), join(BENCH_OUT, clean, 'index.html')]
    : [join(APP_OUT, clean), join(APP_OUT, clean, 'index.html')];
  return candidates.find((p) => existsSync(p) && !p.endsWith('/')) ?? null;
}
