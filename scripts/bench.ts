/**
 * Performance bench: the production build against a baseline page that is MapLibre alone
 * drawing the same layer files with the same style (bench/baseline/). Builds both, serves
 * both from one local server (app at /, baseline at /baseline/), drives headless Chromium
 * over them, alternating, and writes bench/results.json and bench/README.md. Exits non-zero
 * when a budget is missed. Not part of `npm test`: timing on a shared machine is noisy.
 *
 * Environment: BENCH_RUNS (runs per page, default 5), BENCH_CLICKS (clicks in all, default 20),
 * BENCH_NO_BUILD=1 (reuse dist/ and bench/out/baseline/); CHROME_PATH and PACKAGED_CHROMIUM pick the
 * browser (scripts/chromium.ts).
 */
import { browserPath, CHROMIUM_ARGS } from './chromium';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from 'playwright-core';
import sirv from 'sirv';
import { FILE_IDS, HOME_BOUNDS } from '../src/content/layers';
import { setHeaders } from './serve';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('..');
const DIST = here('../dist');
const BENCH_OUT = here('../bench/out');
/** A copy of dist/ taken right after the build: a rebuild elsewhere cannot pull files from under a run. */
const APP_OUT = join(BENCH_OUT, 'app');
const BASELINE_OUT = join(BENCH_OUT, 'baseline');
const RESULTS = here('../bench/results.json');
const README = here('../bench/README.md');

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const CLICKS = Math.max(2, Number(process.env.BENCH_CLICKS ?? 20));
const CLICKS_PER_RUN = Math.ceil(CLICKS / RUNS);
const VIEWPORT = { width: 1280, height: 800 };
const LOCALE = 'en-GB';
const KB = 1000;

/** Two features that each open the context panel; clicks alternate so each one changes it. */
const CLICK_TARGETS = [
  { name: 'Almaty', lon: 76.915, lat: 43.325, heading: '^Almaty' },
  { name: 'Zhanaozen', lon: 52.8, lat: 43.3004, heading: '^Zhanaozen$' },
] as const;

/** Limits on the medians; each names the figure it judges. */
const BUDGET = {
  bytesRatio: 1.3,
  bytesTotal: 800 * KB,
  idleRatio: 1.25,
  clickMs: 100,
  framesRatio: 0.9,
  commits: 0,
  geodata: 250 * KB,
};

type Target = 'app' | 'baseline';
type Kind = 'js' | 'css' | 'data' | 'fonts' | 'other';
const KINDS: Kind[] = ['js', 'css', 'data', 'fonts', 'other'];

interface Meta {
  date: string;
  chromium: string;
  node: string;
  cores: number;
  cpu: string;
  memoryBytes: number;
  runs: number;
  clicks: number;
  viewport: { width: number; height: number };
  locale: string;
  mapSize: { w: number; h: number };
  retries: string[];
  durationSeconds: number;
}
interface FileBytes {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Brotli at quality 11, for comparison: what precompressed files would weigh. */
  brotli: number;
  /** How many times the page asked for it before its first idle. */
  requests: number;
}
interface Run {
  target: Target;
  index: number;
  firstIdleMs: number;
  mapLoadMs: number | null;
  domContentLoadedMs: number;
  bytes: {
    gzip: Record<Kind | 'total', number>;
    raw: Record<Kind | 'total', number>;
    brotli: Record<Kind | 'total', number>;
    requests: number;
    files: FileBytes[];
  };
  heap: { usedAfterGc: number; jsHeapUsedSize: number };
  pan: { ms: number; renders: number; frames: number; commits: number };
  commitsDuringLoad: number;
  /** MapLibre renders from the map's creation to its first idle. */
  rendersDuringLoad: number;
  clicks: { target: string; ms: number; frameMs: number }[];
  errors: string[];
}

// ---------------------------------------------------------------------------------------------
// Build and serve

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
}

function build(): void {
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

async function serveBoth(): Promise<{ url: string; close(): Promise<void> }> {
  // Uncompressed, with the server's headers: the bench weighs the compressed sizes itself.
  const app = sirv(APP_OUT, { etag: true, setHeaders });
  const baseline = sirv(BENCH_OUT, { etag: true, setHeaders });
  const server = createServer((req, res) => {
    const handler = req.url?.startsWith('/baseline/') ? baseline : app;
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
  };
}

/** The file on disk a served path comes from, for when the browser will not hand over a body. */
function fileFor(pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.startsWith('/baseline/')
    ? [join(BENCH_OUT, clean), join(BENCH_OUT, clean, 'index.html')]
    : [join(APP_OUT, clean), join(APP_OUT, clean, 'index.html')];
  return candidates.find((p) => existsSync(p) && !p.endsWith('/')) ?? null;
}

const compressedCache = new Map<string, { gzip: number; brotli: number }>();
/** gzip level 9 and brotli quality 11 sizes of a body (remembered: the same files come back every run). */
function compressed(body: Buffer): { gzip: number; brotli: number } {
  const key = createHash('sha1').update(body).digest('hex');
  let sizes = compressedCache.get(key);
  if (!sizes) {
    sizes = {
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    compressedCache.set(key, sizes);
  }
  return sizes;
}

function kindOf(pathname: string): Kind {
  if (/\.(m?js)$/.test(pathname)) return 'js';
  if (/\.css$/.test(pathname)) return 'css';
  if (/\.(geojson|json)$/.test(pathname)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// In-page instruments (serialised into the page: no closures over this module)

interface BenchWindow {
  __bench: {
    commits: number;
    renders: number;
    firstIdle: number | null;
    rendersToIdle: number;
    mapLoad: number | null;
    pending?: Promise<{ ms: number; frameMs: number } | null>;
  };
  __map?: import('maplibre-gl').Map;
}

/**
 * Runs before any page script: a React DevTools hook stub that counts commits, and a setter
 * on window.__map that, when the page exposes its map, counts renders and notes the time of
 * the first `idle` at which every layer file is on the map.
 */
function instrument(files: readonly string[]): void {
  const w = window as unknown as BenchWindow & Record<string, unknown>;
  const b: BenchWindow['__bench'] = { commits: 0, renders: 0, firstIdle: null, rendersToIdle: 0, mapLoad: null };
  w.__bench = b;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      b.commits++;
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onScheduleFiberRoot: () => {},
    setStrictMode: () => {},
    checkDCE: () => {},
  };
  let current: BenchWindow['__map'];
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set(map: NonNullable<BenchWindow['__map']>) {
      current = map;
      if (map.loaded()) b.mapLoad = performance.now();
      else map.once('load', () => (b.mapLoad = performance.now()));
      map.on('render', () => b.renders++);
      const ready = () =>
        map.loaded() &&
        map.areTilesLoaded() &&
        files.every((f) => {
          const data = (map.getSource(f)?.serialize() as { data?: { features?: unknown[] } } | undefined)?.data;
          return (data?.features?.length ?? 0) > 0;
        });
      const onIdle = () => {
        if (b.firstIdle === null && ready()) {
          b.firstIdle = performance.now();
          b.rendersToIdle = b.renders;
          map.off('idle', onIdle);
        }
      };
      map.on('idle', onIdle);
    },
  });
}

/**
 * Three seconds of camera moves from the first view, the same for both pages: four 750 ms
 * linear eases started on a fixed clock (a step that has not finished when the next starts is
 * cut short, so slow drawing cannot stretch the window). Counts what happens in those 3 s.
 */
async function panScript(): Promise<Run['pan']> {
  const w = window as unknown as BenchWindow;
  const map = w.__map!;
  const b = w.__bench;
  const c = map.getCenter();
  const z = map.getZoom();
  const steps = [
    { center: [c.lng + 8, c.lat + 2] as [number, number], zoom: z },
    { center: [c.lng + 8, c.lat + 2] as [number, number], zoom: z + 1.5 },
    { center: [c.lng - 4, c.lat - 1] as [number, number], zoom: z + 1.5 },
    { center: [c.lng, c.lat] as [number, number], zoom: z },
  ];
  const STEP = 750;
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames++;
    requestAnimationFrame(tick);
  };
  const renders0 = b.renders;
  const commits0 = b.commits;
  const t0 = performance.now();
  requestAnimationFrame(tick);
  steps.forEach((step, i) =>
    setTimeout(() => map.easeTo({ ...step, duration: STEP, easing: (t) => t, essential: true }), i * STEP),
  );
  const figures = await new Promise<Run['pan']>((done) =>
    setTimeout(() => {
      running = false;
      done({ ms: performance.now() - t0, renders: b.renders - renders0, frames, commits: b.commits - commits0 });
    }, steps.length * STEP),
  );
  // Let the last ease finish before anything else is measured.
  if (map.isMoving()) await new Promise<void>((done) => map.once('moveend', () => done()));
  return figures;
}

/** Arms the timer for the next click: from the click's dispatch to the heading in the panel. */
function armClick(heading: string): void {
  const w = window as unknown as BenchWindow;
  const aside = document.querySelector('aside') as HTMLElement;
  const pattern = new RegExp(heading);
  let t0: number | null = null;
  window.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
  w.__bench.pending = new Promise((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    const observer = new MutationObserver(() => {
      const text = aside.querySelector('h2')?.textContent ?? '';
      if (t0 === null || !pattern.test(text)) return;
      const ms = performance.now() - t0;
      const start = t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ ms, frameMs: performance.now() - start }));
    });
    observer.observe(aside, { subtree: true, childList: true, characterData: true });
  });
}

/** Resolves once the map has stopped and drawn everything it has. */
function settled(): Promise<void> {
  const map = (window as unknown as BenchWindow).__map!;
  return new Promise((done) => {
    if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) requestAnimationFrame(() => done());
    else map.once('idle', () => done());
    setTimeout(done, 5000);
  });
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh context, one page load, every figure

async function measure(
  browser: Browser,
  base: string,
  target: Target,
  index: number,
  mapSize: { w: number; h: number } | null,
  clicks: number,
  warmup = false,
): Promise<Run & { mapSize: { w: number; h: number } }> {
  const context = await browser.newContext({ locale: LOCALE, viewport: VIEWPORT });
  try {
    // tsx names functions through a `__name` helper; the functions handed to the page need it too.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(instrument, FILE_IDS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');

    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const requests: { request: Request; start: number }[] = [];
    // The context's event also sees what MapLibre's worker asks for; it has this one page.
    context.on('request', (request: Request) => requests.push({ request, start: Date.now() }));

    const url =
      target === 'app'
        ? `${base}?debug=1`
        : `${base}baseline/${mapSize ? `?w=${mapSize.w}&h=${mapSize.h}` : ''}`;
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstIdle !== null, undefined, {
        timeout: 90_000,
        polling: 50,
      });
    } catch (e) {
      const why = [...failed, ...errors].slice(0, 5).join('; ') || 'no page error, no failed request';
      throw new Error(`${target}: the map did not reach its first idle with every layer (${why}). ${(e as Error).message}`, {
        cause: e,
      });
    }
    const timing = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const canvas = (window as unknown as BenchWindow).__map!.getCanvas();
      return {
        timeOrigin: performance.timeOrigin,
        firstIdle: b.firstIdle!,
        mapLoad: b.mapLoad,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        commits: b.commits,
        renders: b.rendersToIdle,
        w: canvas.clientWidth,
        h: canvas.clientHeight,
      };
    });
    if (warmup) return { mapSize: { w: timing.w, h: timing.h } } as Run & { mapSize: { w: number; h: number } };
    // Bytes: everything the page asked for before its first idle, gzipped as a server would.
    const cutoff = timing.timeOrigin + timing.firstIdle;
    const before = requests.filter((q) => q.start <= cutoff + 5);
    const files = new Map<string, FileBytes>();
    for (const { request } of before) {
      const u = new URL(request.url());
      if (u.protocol !== 'http:') continue;
      const path = u.pathname;
      const seen = files.get(path);
      if (seen) {
        seen.requests++;
        continue;
      }
      let body: Buffer | null = null;
      try {
        const response = await request.response();
        body = response ? await response.body() : null;
      } catch {
        body = null;
      }
      if (!body) {
        const file = fileFor(path);
        body = file ? readFileSync(file) : Buffer.alloc(0);
      }
      files.set(path, { path, kind: kindOf(path), raw: body.length, ...compressed(body), requests: 1 });
    }
    const zero = () => Object.fromEntries([...KINDS, 'total'].map((k) => [k, 0])) as Record<Kind | 'total', number>;
    const gzip = zero();
    const raw = zero();
    const brotli = zero();
    for (const f of files.values()) {
      brotli[f.kind] += f.brotli;
      brotli.total += f.brotli;
      gzip[f.kind] += f.gzip;
      gzip.total += f.gzip;
      raw[f.kind] += f.raw;
      raw.total += f.raw;
    }

    // Heap of the page's main thread after load, after a forced collection.
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const metrics = await cdp.send('Performance.getMetrics');
    const jsHeapUsedSize = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;

    // Pan and zoom.
    await page.evaluate(settled);
    const pan = await page.evaluate(panScript);

    // Clicks: alternate two features, each click changes the panel's heading.
    const clickResults: Run['clicks'] = [];
    if (target === 'app' && clicks > 0) {
      await page.evaluate(
        ([bounds]) => (window as unknown as BenchWindow).__map!.fitBounds(bounds, { padding: 20, animate: false }),
        [HOME_BOUNDS] as const,
      );
      await page.evaluate(settled);
      for (let i = 0; i < clicks; i++) {
        const t = CLICK_TARGETS[i % CLICK_TARGETS.length]!;
        const point = await page.evaluate(
          ([lon, lat]) => {
            const map = (window as unknown as BenchWindow).__map!;
            const p = map.project([lon, lat]);
            const r = map.getCanvas().getBoundingClientRect();
            return { x: r.left + p.x, y: r.top + p.y };
          },
          [t.lon, t.lat] as const,
        );
        await page.mouse.move(point.x, point.y);
        await page.evaluate(settled);
        await page.evaluate(armClick, t.heading);
        await page.mouse.click(point.x, point.y);
        const r = await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending!);
        if (!r) throw new Error(`Click ${i + 1} on ${t.name} did not put its heading in the panel within 10 s.`);
        clickResults.push({ target: t.name, ms: r.ms, frameMs: r.frameMs });
        await page.evaluate(settled);
      }
    }

    return {
      target,
      index,
      mapSize: { w: timing.w, h: timing.h },
      firstIdleMs: timing.firstIdle,
      mapLoadMs: timing.mapLoad,
      domContentLoadedMs: timing.domContentLoaded,
      bytes: {
        gzip,
        raw,
        brotli,
        requests: before.filter((q) => q.request.url().startsWith('http:')).length,
        files: [...files.values()].sort((a, b) => b.gzip - a.gzip),
      },
      heap: { usedAfterGc: usage.usedSize, jsHeapUsedSize },
      pan,
      commitsDuringLoad: timing.commits,
      rendersDuringLoad: timing.renders,
      clicks: clickResults,
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and report

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
};
const stats = (xs: number[]) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  q1: quantile(xs, 0.25),
  q3: quantile(xs, 0.75),
  n: xs.length,
});
type Stats = ReturnType<typeof stats>;

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
const spread = (s: Stats, f: (n: number) => string) => `${f(s.min)}–${f(s.max)}`;

function summarise(runs: Run[]) {
  const of = (t: Target) => runs.filter((r) => r.target === t);
  const side = (t: Target) => {
    const rs = of(t);
    return {
      bytesGzip: Object.fromEntries([...KINDS, 'total'].map((k) => [k, stats(rs.map((r) => r.bytes.gzip[k as Kind]))])) as Record<
        Kind | 'total',
        Stats
      >,
      bytesRawTotal: stats(rs.map((r) => r.bytes.raw.total)),
      bytesBrotliTotal: stats(rs.map((r) => r.bytes.brotli.total)),
      requests: stats(rs.map((r) => r.bytes.requests)),
      firstIdleMs: stats(rs.map((r) => r.firstIdleMs)),
      panRenders: stats(rs.map((r) => r.pan.renders)),
      panFrames: stats(rs.map((r) => r.pan.frames)),
      panMs: stats(rs.map((r) => r.pan.ms)),
      panCommits: stats(rs.map((r) => r.pan.commits)),
      loadCommits: stats(rs.map((r) => r.commitsDuringLoad)),
      loadRenders: stats(rs.map((r) => r.rendersDuringLoad)),
      mapLoadMs: stats(rs.map((r) => r.mapLoadMs ?? NaN)),
      heapUsedAfterGc: stats(rs.map((r) => r.heap.usedAfterGc)),
      jsHeapUsedSize: stats(rs.map((r) => r.heap.jsHeapUsedSize)),
    };
  };
  const app = side('app');
  const baseline = side('baseline');
  const clicks = of('app').flatMap((r) => r.clicks);
  const click = stats(clicks.map((c) => c.ms));
  const clickFrame = stats(clicks.map((c) => c.frameMs));
  const ratios = {
    bytes: app.bytesGzip.total.median / baseline.bytesGzip.total.median,
    firstIdle: app.firstIdleMs.median / baseline.firstIdleMs.median,
    panRenders: app.panRenders.median / baseline.panRenders.median,
    panFrames: app.panFrames.median / baseline.panFrames.median,
    heap: app.heapUsedAfterGc.median / baseline.heapUsedAfterGc.median,
  };
  // The same ratios taken run by run (app and baseline of one run ran back to back), then the
  // median: less swayed by load that drifts over the minutes of a bench. Not a budget.
  const pair = (f: (r: Run) => number) =>
    median(of('app').map((a) => f(a) / f(of('baseline').find((b) => b.index === a.index)!)));
  const pairedRatios = { firstIdle: pair((r) => r.firstIdleMs), panRenders: pair((r) => r.pan.renders) };
  return { app, baseline, click, clickFrame, ratios, pairedRatios };
}
type Summary = ReturnType<typeof summarise>;

interface Verdict {
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
  /** Positive: room left; negative: by how much it is missed, in the figure's own terms. */
  margin: string;
}

function judge(s: Summary): Verdict[] {
  const v = (name: string, pass: boolean, figure: string, limit: string, margin: string): Verdict => ({
    name,
    figure,
    limit,
    pass,
    margin: pass ? `room ${margin.replace(/^-/, '')}` : `over by ${margin.replace(/^-/, '')}`,
  });
  const appTotal = s.app.bytesGzip.total.median;
  const data = s.app.bytesGzip.data.median;
  return [
    v(
      'first-view download vs baseline',
      s.ratios.bytes <= BUDGET.bytesRatio,
      `${kb(appTotal)} / ${kb(s.baseline.bytesGzip.total.median)} = ${x(s.ratios.bytes)}`,
      `≤ ${x(BUDGET.bytesRatio)}`,
      `${kb(BUDGET.bytesRatio * s.baseline.bytesGzip.total.median - appTotal)}`,
    ),
    v('first-view download', appTotal < BUDGET.bytesTotal, kb(appTotal), `< ${kb(BUDGET.bytesTotal)}`, kb(BUDGET.bytesTotal - appTotal)),
    v(
      'time to first idle vs baseline',
      s.ratios.firstIdle <= BUDGET.idleRatio,
      `${ms(s.app.firstIdleMs.median)} / ${ms(s.baseline.firstIdleMs.median)} = ${x(s.ratios.firstIdle)}`,
      `≤ ${x(BUDGET.idleRatio)}`,
      ms(BUDGET.idleRatio * s.baseline.firstIdleMs.median - s.app.firstIdleMs.median),
    ),
    v('click to context', s.click.median < BUDGET.clickMs, ms(s.click.median), `< ${ms(BUDGET.clickMs)}`, ms(BUDGET.clickMs - s.click.median)),
    v(
      'frames during the pan vs baseline',
      s.ratios.panRenders >= BUDGET.framesRatio,
      `${s.app.panRenders.median} / ${s.baseline.panRenders.median} = ${x(s.ratios.panRenders)}`,
      `≥ ${x(BUDGET.framesRatio)}`,
      `${(s.app.panRenders.median - BUDGET.framesRatio * s.baseline.panRenders.median).toFixed(1)} frames`,
    ),
    v(
      'React commits during the pan',
      s.app.panCommits.median <= BUDGET.commits,
      `${s.app.panCommits.median} (max ${s.app.panCommits.max})`,
      `= ${BUDGET.commits}`,
      `${BUDGET.commits - s.app.panCommits.median} commits`,
    ),
    v('geodata of the first view', data < BUDGET.geodata, kb(data), `< ${kb(BUDGET.geodata)}`, kb(BUDGET.geodata - data)),
  ];
}

function table(s: Summary): string {
  const rows: string[][] = [['figure (median, spread min–max)', 'app', 'baseline', 'app / baseline']];
  const row = (name: string, a: Stats, b: Stats | null, f: (n: number) => string) =>
    rows.push([
      name,
      `${f(a.median)} (${spread(a, f)})`,
      b ? `${f(b.median)} (${spread(b, f)})` : '—',
      b ? x(a.median / b.median) : '—',
    ]);
  for (const k of ['total', ...KINDS] as const) row(`download, gzip: ${k}`, s.app.bytesGzip[k], s.baseline.bytesGzip[k], kb);
  row('download, uncompressed: total', s.app.bytesRawTotal, s.baseline.bytesRawTotal, kb);
  row('download, brotli q11: total', s.app.bytesBrotliTotal, s.baseline.bytesBrotliTotal, kb);
  row('requests until first idle', s.app.requests, s.baseline.requests, String);
  row('navigation → first idle, all layers drawn', s.app.firstIdleMs, s.baseline.firstIdleMs, ms);
  row('navigation → map `load` event', s.app.mapLoadMs, s.baseline.mapLoadMs, ms);
  row('MapLibre renders until first idle', s.app.loadRenders, s.baseline.loadRenders, String);
  row('click → panel heading in the DOM', s.click, null, ms);
  row('click → next frame after the heading', s.clickFrame, null, ms);
  row('MapLibre renders during the 3 s pan', s.app.panRenders, s.baseline.panRenders, String);
  row('animation frames during the 3 s pan', s.app.panFrames, s.baseline.panFrames, String);
  row('React commits during the pan', s.app.panCommits, s.baseline.panCommits, String);
  row('React commits until first idle', s.app.loadCommits, s.baseline.loadCommits, String);
  row('JS heap after load and GC (main thread)', s.app.heapUsedAfterGc, s.baseline.heapUsedAfterGc, mb);
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function verdictTable(verdicts: Verdict[]): string {
  return [
    '| budget | figure | limit | result | margin |',
    '|---|---|---|---|---|',
    ...verdicts.map((v) => `| ${v.name} | ${v.figure} | ${v.limit} | ${v.pass ? 'pass' : '**FAIL**'} | ${v.margin} |`),
  ].join('\n');
}

function readme(s: Summary, verdicts: Verdict[], meta: Meta, biggest: FileBytes[]): string {
  return `# Performance bench

\`npm run bench\` builds the production bundle (\`npm run build\` → \`dist/\`, then copied to \`bench/out/app/\` so a rebuild elsewhere cannot change
files under a run) and a baseline page
(\`bench/baseline/\`, built by its own Vite config into \`bench/out/baseline/\`, never shipped), serves
both from one server on 127.0.0.1 (app at \`/\`, baseline at \`/baseline/\`) and drives headless
Chromium over them, alternating app and baseline, ${RUNS} runs each after one discarded warm-up
pair, each run in a fresh browser context. It prints the table below, rewrites this file and
\`results.json\` (every run's raw figures, medians, ratios, versions), and exits non-zero naming
every missed budget. It is not part of \`npm test\`: timings on a shared machine are noisy, so
the budgets compare medians with the baseline measured in the same run.

The **baseline** is MapLibre alone: the app's \`buildStyle\` (src/map/style.ts), the same worker
wiring (\`setWorkerUrl\` with \`maplibre-gl-worker.mjs?url\`), the same two font files, the same
first view (\`HOME_BOUNDS\`, padding 20, same bounds and zoom range), the same layer files fetched
together and handed to \`setData\` in one task once the map has loaded. No React, no panels, no
controls, no validation, no CSS fonts: MapLibre fetches its label font itself when it first needs
it, where the app's stylesheet has usually loaded it already. Its map is sized to the
app's map canvas (${meta.mapSize.w}×${meta.mapSize.h} px in a ${VIEWPORT.width}×${VIEWPORT.height} viewport), so both draw the same pixels.

Options: \`BENCH_RUNS=7\` (runs per page), \`BENCH_CLICKS=40\` (clicks in all),
\`BENCH_NO_BUILD=1\` (reuse the last builds), \`CHROME_PATH\` (default /usr/bin/chromium).

## Last run

${meta.date} · Chromium ${meta.chromium} · Node ${meta.node} · ${meta.cores} cores (${meta.cpu}) · ${RUNS} runs each

${table(s)}

Run by run (app over the baseline run next to it, median): first idle ${x(s.pairedRatios.firstIdle)},
renders during the pan ${x(s.pairedRatios.panRenders)}.

Biggest files of the app's first view (gzip): ${biggest
    .slice(0, 6)
    .map((f) => `\`${f.path.replace(/^.*\//, '')}\` ${kb(f.gzip)}`)
    .join(', ')}.

## Budgets (medians)

${verdictTable(verdicts)}

## What each figure means

- **download, gzip**: every response the page requested from navigation until its first idle
  (HTTP cache disabled, fresh context), each body gzip-compressed here at level 9, as a server
  that compresses would send it; by kind: js (.js, .mjs, including MapLibre's worker), css,
  data (.geojson), fonts (.woff, .woff2), other (the HTML page). A file asked for twice counts
  once (\`results.json\` keeps the request count). 1 KB = 1000 bytes. "uncompressed" is the
  bodies as stored; "brotli q11" is the same bodies at brotli quality 11, what precompressed
  \`.br\` files would weigh (for comparison, not a budget).
- **navigation → first idle**: from navigation start (\`performance.timeOrigin\`) to the first
  MapLibre \`idle\` event at which every layer file's source holds features and every tile is
  loaded. The app is opened with \`?debug=1\`, which exposes its map as \`window.__map\`.
- **click → panel heading**: a real mouse click on Almaty's point and on Zhanaozen's, in turn,
  so each click changes the context panel (\`aside\`); from \`performance.now()\` in a capture
  listener for the click to a MutationObserver seeing the panel's \`h2\` carry the clicked
  feature's name. "next frame" adds the wait for the following animation frame.
  ${CLICKS_PER_RUN * RUNS} clicks, ${CLICKS_PER_RUN} per app run.
- **renders / animation frames during the pan**: the same 3 s camera script on both pages
  (four 750 ms linear \`easeTo\` moves: pan east, zoom in 1.5, pan west, back to the start),
  counting MapLibre \`render\` events (the budget's figure) and \`requestAnimationFrame\` callbacks.
- **React commits during the pan**: \`onCommitFiberRoot\` calls on a stub React DevTools hook
  installed before the page's scripts; the baseline has no React, so 0.
- **JS heap**: \`Runtime.getHeapUsage\` used size of the page's main thread after
  \`HeapProfiler.collectGarbage\`, once the first idle is reached (MapLibre's worker not included).
`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = Date.now();
  const executablePath = await browserPath();
  build();
  const server = await serveBoth();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const runs: Run[] = [];
  const retries: string[] = [];
  let mapSize: { w: number; h: number };
  try {
    console.log(`Serving on ${server.url}; warm-up …`);
    // Warm-up pair, not recorded: fills the OS file cache and learns the app's map size.
    mapSize = (await measure(browser, server.url, 'app', -1, null, 0, true)).mapSize;
    await measure(browser, server.url, 'baseline', -1, mapSize, 0, true);
    for (let i = 0; i < RUNS; i++) {
      const order: Target[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const target of order) {
        const attempt = () => measure(browser, server.url, target, i, mapSize, target === 'app' ? CLICKS_PER_RUN : 0);
        const { mapSize: _size, ...run } = await attempt().catch((e: Error) => {
          console.log(`  run ${i + 1}/${RUNS} ${target}: ${e.message.split('\n')[0]}; once more …`);
          retries.push(`${target} run ${i + 1}: ${e.message.split('\n')[0]}`);
          return attempt();
        });
        runs.push(run);
        const clickMedian = run.clicks.length ? ms(median(run.clicks.map((c) => c.ms))) : '—';
        console.log(
          `  run ${i + 1}/${RUNS} ${target.padEnd(8)} ${kb(run.bytes.gzip.total).padStart(9)}  idle ${ms(run.firstIdleMs).padStart(7)}` +
            `  pan ${run.pan.renders} renders/${run.pan.frames} frames, ${run.pan.commits} commits` +
            `  heap ${mb(run.heap.usedAfterGc)}  click ${clickMedian}${run.errors.length ? `  errors: ${run.errors.length}` : ''}`,
        );
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const summary = summarise(runs);
  const verdicts = judge(summary);
  const lastApp = runs.filter((r) => r.target === 'app').at(-1)!;
  const meta: Meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    runs: RUNS,
    clicks: CLICKS_PER_RUN * RUNS,
    viewport: VIEWPORT,
    locale: LOCALE,
    mapSize: mapSize!,
    retries,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        meta,
        budgets: BUDGET,
        verdicts,
        medians: summary,
        ratios: summary.ratios,
        pairedRatios: summary.pairedRatios,
        runs,
      },
      null,
      1,
    )}\n`,
  );
  writeFileSync(README, readme(summary, verdicts, meta, lastApp.bytes.files));

  console.log(`\n${table(summary)}\n`);
  console.log(
    `Run by run, app / baseline (median): first idle ${x(summary.pairedRatios.firstIdle)}, pan renders ${x(summary.pairedRatios.panRenders)}\n`,
  );
  console.log('Biggest files of the app’s first view (gzip):');
  for (const f of lastApp.bytes.files.slice(0, 8)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
  console.log(`\n${verdictTable(verdicts)}\n`);
  const errors = runs.flatMap((r) => r.errors.map((e) => `${r.target} run ${r.index + 1}: ${e}`));
  if (errors.length) console.log(`Page errors:\n  ${errors.slice(0, 10).join('\n  ')}`);
  console.log(`Wrote bench/results.json and bench/README.md in ${meta.durationSeconds} s.`);
  const missed = verdicts.filter((v) => !v.pass);
  for (const v of missed) console.error(`Budget missed: ${v.name}: ${v.figure} (limit ${v.limit}, ${v.margin})`);
  return missed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
