/** One run: a fresh browser context, one page load, every figure. */
import { readFileSync } from 'node:fs';
import type { Browser, Request } from 'playwright-core';
import { fileIds } from '../../src/domain/story';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { HOME_BOUNDS } from '../../src/stories/kazakhstan-2022/layers';
import { byKind, compressed, kindOf } from './bytes';
import { CLICK_TARGETS, LOCALE, VIEWPORT } from './config';
import { localeOf, type Lang } from '../../src/domain/lang';
import { armClick, instrument, panScript, settled, type BenchWindow } from './page';
import type { Server } from './setup';
import type { FileBytes, Run, Target } from './types';

export async function measure(
  browser: Browser,
  server: Server,
  target: Target,
  index: number,
  mapSize: { w: number; h: number } | null,
  clicks: number,
  warmup = false,
  lang?: Lang,
): Promise<Run & { mapSize: { w: number; h: number } }> {
  const context = await browser.newContext({ locale: lang ? localeOf(lang) : LOCALE, viewport: VIEWPORT });
  try {
    // tsx names functions through a `__name` helper; the functions handed to the page need it too.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(instrument, fileIds(FILES));
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
        ? `${server.url}?debug=1${lang ? `&lang=${lang}` : ''}`
        : `${server.url}baseline/${mapSize ? `?w=${mapSize.w}&h=${mapSize.h}` : ''}`;
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
        const file = server.fileFor(path);
        body = file ? readFileSync(file) : Buffer.alloc(0);
      }
      files.set(path, { path, kind: kindOf(path), raw: body.length, ...compressed(body), requests: 1 });
    }
    const { gzip, raw, brotli } = byKind(files.values());

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
        const renders = () => page.evaluate(() => (window as unknown as BenchWindow).__bench.renders);
        const before = await renders();
        await page.mouse.click(point.x, point.y);
        const r = await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending!);
        if (!r) throw new Error(`Click ${i + 1} on ${t.name} did not put its heading in the panel within 10 s.`);
        await page.evaluate(settled);
        clickResults.push({ target: t.name, ms: r.ms, frameMs: r.frameMs, renders: (await renders()) - before });
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
