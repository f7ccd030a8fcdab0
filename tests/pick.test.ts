import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { REACH } from '../src/domain/pick';
import { INTERACTIVE, LABEL_LAYERS } from '../src/map/style';
import { mapIdle, onMap, open, withBrowser as it } from './browser';

const layer = (file: string) =>
  JSON.parse(readFileSync(new URL(`../geodata/${file}.geojson`, import.meta.url), 'utf8')) as FeatureCollection;
const areas = (file: string, kind: string) =>
  layer(file).features.filter(
    (f): f is Feature<Polygon | MultiPolygon> =>
      f.properties?.kind === kind && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
const rings = (f: Feature<Polygon | MultiPolygon>): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

const countries = areas('csto', 'country');
const regions = areas('regions', 'region');
/** Almaty's city outline is drawn over its region, the very same shape: a click there opens the city. */
const opens = (id: string) => (id === 'almaty-city' ? 'almaty' : id);
/** What a click near a point of an area may open instead: symbols, lines and printed names. */
const POINT_LAYERS = [...INTERACTIVE.filter((l) => !l.endsWith('-fill')), ...LABEL_LAYERS];

interface Target {
  x: number;
  y: number;
}

/**
 * Two points well inside an area as drawn now, in page pixels: at least `edge` px from its
 * outline, `clear` px from any symbol, line or name the reader could click that opens something
 * else than `opened` (Almaty's dot in Almaty City opens what the city does), on the map's canvas
 * (not under a control or panel). One is the deepest; the other lies just out of reach of a
 * symbol or line where there is one, the place where a click used to go astray.
 */
function targets(
  page: Page,
  area: Position[][],
  opened: string,
  edge: number,
  clear: number,
  avoid: Target,
): Promise<Target[]> {
  return onMap(
    page,
    (map, { area, opened, edge, clear, layers, avoid }) => {
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const px = area.map((ring) =>
        ring.map(([lon, lat]) => {
          const p = map.project([lon as number, lat as number]);
          return [p.x, p.y] as const;
        }),
      );
      const inside = (x: number, y: number) => {
        let odd = false;
        for (const ring of px)
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i] as readonly [number, number];
            const [xj, yj] = ring[j] as readonly [number, number];
            if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
          }
        return odd;
      };
      const toEdge = (x: number, y: number) => {
        let best = Infinity;
        for (const ring of px)
          for (let i = 1; i < ring.length; i++) {
            const [ax, ay] = ring[i - 1] as readonly [number, number];
            const [bx, by] = ring[i] as readonly [number, number];
            const dx = bx - ax;
            const dy = by - ay;
            const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
            best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
          }
        return best;
      };
      const present = layers.filter((l) => map.getLayer(l));
      const found: { x: number; y: number; depth: number; close: boolean }[] = [];
      const xs = px.flat().map((p) => p[0]);
      const ys = px.flat().map((p) => p[1]);
      const [left, right] = [Math.max(6, Math.min(...xs)), Math.min(box.width - 6, Math.max(...xs))];
      const [top, bottom] = [Math.max(6, Math.min(...ys)), Math.min(box.height - 6, Math.max(...ys))];
      // About 300 probes whatever the area's size on screen.
      const step = Math.max(6, Math.sqrt(((right - left) * (bottom - top)) / 300));
      for (let y = top; y < bottom; y += step)
        for (let x = left; x < right; x += step) {
          if (!inside(x, y)) continue;
          const depth = toEdge(x, y);
          if (depth < edge) continue;
          if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) continue;
          const near = (r: number) =>
            map.queryRenderedFeatures(
              [
                [x - r, y - r],
                [x + r, y + r],
              ],
              { layers: present },
            ).some((f) => (f.properties.ref ?? f.properties.id) !== opened);
          // Away from the last click too: two taps close together are a double tap, which zooms.
          const fresh = Math.hypot(box.left + x - avoid.x, box.top + y - avoid.y) > 40;
          if (!fresh) continue;
          // One query answers most probes: nothing else within a little more than the reach.
          if (!near(clear + 6)) found.push({ x, y, depth, close: false });
          else if (!near(clear)) found.push({ x, y, depth, close: true });
        }
      // The deepest point, and the point nearest a symbol or line that is still out of its reach.
      found.sort((a, b) => b.depth - a.depth);
      const chosen = [found[0], found.find((p) => p.close) ?? found[found.length - 1]].filter((p) => p !== undefined);
      return [...new Set(chosen)].map(({ x, y }) => ({ x: box.left + x, y: box.top + y }));
    },
    { area, opened, edge, clear, layers: POINT_LAYERS, avoid },
  );
}

describe.concurrent('a click inside an area opens that area', () => {
  const screens: [number, number, 'en' | 'ar'][] = [
    [1280, 800, 'en'],
    [1280, 800, 'ar'],
    [360, 740, 'en'],
    [360, 740, 'ar'],
  ];
  it.for(screens)('at %i×%i in %s, every country and region, every time', { timeout: 360_000 }, async ([width, height, lang], { browser, expect }) => {
    const touch = width < 400;
    const s = await open(browser, `?debug=1&lang=${lang}`, {
      viewport: { width, height },
      hasTouch: touch,
      locale: lang === 'ar' ? 'ar' : 'en-GB',
      // What a click opens does not depend on motion; labels that fade in would redraw the map for a while after each.
      reducedMotion: 'reduce',
    });
    const { page } = s;
    await mapIdle(page);
    type Camera = { center: number[]; zoom: number } | Position[][];
    const camera = (to: Camera) =>
      onMap(page, (map, to) => {
        // Resolved with nothing: the event itself holds the whole map, megabytes to copy back.
        const idle = new Promise<void>((done) => map.once('idle', () => done()));
        if (Array.isArray(to)) {
          const all = to.flat();
          const lons = all.map((p) => p[0] as number);
          const lats = all.map((p) => p[1] as number);
          map.fitBounds(
            [
              [Math.min(...lons), Math.min(...lats)],
              [Math.max(...lons), Math.max(...lats)],
            ],
            { animate: false, padding: 40 },
          );
        } else map.jumpTo({ center: to.center as [number, number], zoom: to.zoom });
        return idle;
      }, to).then(() =>
        // The address follows the camera a moment after it settles; a click before that would race it.
        expect
          .poll(() =>
            onMap(page, (map) => new URL(location.href).searchParams.get('map')?.startsWith(`${Number(map.getZoom().toFixed(2))}/`)),
          )
          .toBe(true),
      );
    // Just beyond the picking rule's reach (a touch reaches further), and within the reach
    // clicks used to have.
    const clear = (touch ? REACH.touch.symbol : REACH.mouse.symbol) + 2;
    const missed: string[] = [];
    let clicks = 0;
    let last = { x: -1e3, y: -1e3, id: '' };
    /**
     * Back to no selection with the panel's own button (the browser's Back would also restore
     * the camera of an earlier step).
     */
    const close = async () => {
      if (!new URL(page.url()).searchParams.has('sel')) return;
      await page.locator('.entity-header button.close').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('sel'));
    };
    /** Clicks inside each area that is big enough in the current view; returns the others. */
    const clickEach = async (list: Feature<Polygon | MultiPolygon>[]) => {
      const left: Feature<Polygon | MultiPolygon>[] = [];
      const todo: (Target & { id: string })[] = [];
      for (const feature of list) {
        const id = String(feature.properties?.id);
        const points = await targets(page, rings(feature), opens(id), 8, clear, last);
        if (points.length === 0) left.push(feature);
        todo.push(...points.map((p) => ({ ...p, id })));
      }
      // Each click far from the one before (two taps close together are a double tap, which
      // zooms) and, where it can, in another area (a click on the selection closes it).
      while (todo.length > 0) {
        const far = (p: Target & { id: string }) => Math.hypot(p.x - last.x, p.y - last.y) - (p.id === last.id ? 1e4 : 0);
        const next = todo.reduce((a, b) => (far(b) > far(a) ? b : a));
        todo.splice(todo.indexOf(next), 1);
        last = next;
        const { x, y, id } = next;
        // The panel is closed first only where it must be: when it covers the point, or when the
        // click would land on what it shows (a click on the selection closes it).
        const open = new URL(page.url()).searchParams.get('sel');
        const covered = await onMap(page, (map, { x, y }) => document.elementFromPoint(x, y) !== map.getCanvas(), { x, y });
        if (open === opens(id) || covered) await close();
        const before = open === opens(id) || covered ? null : open;
        if (touch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        clicks++;
        // Whatever the click opened (or closed) changes the address; a click that changed
        // nothing is waited out and reported.
        const got = await page
          .waitForFunction((before) => {
            const sel = new URL(location.href).searchParams.get('sel');
            return sel !== before && { sel };
          }, before, { timeout: 10_000 })
          .then(async (h) => ((await h.jsonValue()) as { sel: string | null }).sel)
          .catch(() => before);
        if (got !== opens(id)) missed.push(`${id} at ${Math.round(x)},${Math.round(y)} opened ${got ?? 'nothing'}`);
      }
      await close();
      return left;
    };
    /** Every area, at the first view, then framed on Kazakhstan, then each framed on its own. */
    const clickAll = async (list: Feature<Polygon | MultiPolygon>[], wide: Camera) => {
      const first = await onMap(page, (map) => {
        return { center: map.getCenter().toArray(), zoom: map.getZoom() };
      });
      let left = await clickEach(list);
      if (left.length > 0) {
        await camera(wide);
        left = await clickEach(left);
      }
      const unreachable: string[] = [];
      for (const f of left) {
        await camera(rings(f));
        if ((await clickEach([f])).length > 0) unreachable.push(String(f.properties?.id));
      }
      await camera(first);
      return unreachable;
    };
    const kaz = countries.find((c) => c.properties?.id === 'KAZ');
    if (!kaz) throw new Error('csto.geojson has no Kazakhstan');
    const unreachable = await clickAll([...countries.filter((c) => c !== kaz), ...regions], rings(kaz));
    // Kazakhstan itself is under its regions: with the regions layer off it is one area.
    const toggle = page.getByRole('checkbox', { name: /Kazakhstan’s regions|مناطق كازاخستان/ });
    const folded = !(await toggle.isVisible());
    const panel = page.getByRole('button', { name: /^(Layers|الطبقات)/ });
    if (folded) await panel.click();
    await toggle.uncheck();
    if (folded) await panel.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).not.toContain('regions');
    await mapIdle(page);
    unreachable.push(...(await clickAll([kaz], rings(kaz))));

    // Almaty City too, about 40 by 52 px at the deepest zoom: the routes stop at its edge.
    expect(unreachable).toEqual([]);
    expect(missed).toEqual([]);
    expect(clicks).toBeGreaterThanOrEqual(countries.length + regions.length);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
