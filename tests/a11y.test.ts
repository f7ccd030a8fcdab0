import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { LANGS } from '../src/domain/lang';
import { axeViolations, chooseLang, mapIdle, onMap, open, UNTIMED_FILES, withBrowser as it } from './browser';

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 740 };

/**
 * Counts the camera's moves from now on, whether a move has ended, and how long the first move
 * lasted: a jump starts and ends in one task, a flight lasts (a starved page may draw it in one frame).
 */
const countMoves = (page: Page) =>
  onMap(page, (map) => {
    const camera = { moves: 0, ended: false, lasted: 0 };
    (window as unknown as { __camera: typeof camera }).__camera = camera;
    map.on('move', () => camera.moves++);
    map.once('movestart', () => {
      const start = performance.now();
      map.once('moveend', () => (camera.lasted = performance.now() - start));
    });
    map.on('moveend', () => (camera.ended = true));
  });
const moves = (page: Page) =>
  page.evaluate(() => (window as unknown as { __camera: { moves: number; ended: boolean; lasted: number } }).__camera);

describe.concurrent('axe finds no WCAG 2.2 AA violation', () => {
  // Each state in every language on one page: opened in one, then switched to the others. The
  // first view's page goes on to the legend, and back through them to the first language.
  it.for([
    ['the first view, then the layer panel with its legend', 'en', WIDE, 'legend'],
    ['a panel open', 'ar', WIDE, '&sel=RUS'],
    ['the narrow layout with a panel open', 'ar', NARROW, '&sel=zhanaozen'],
    ['a tour chapter with its figures', 'en', WIDE, '&chapter=5'],
    ['the article with a selection marked', 'ar', WIDE, '&panel=article&sel=KGZ&date=2022-01-07'],
  ] as const)('%s, opened in %s', async ([, first, viewport, extra], { browser, expect }) => {
    const langs = [first, ...LANGS.filter((l) => l !== first)];
    const s = await open(browser, `?debug=1&lang=${langs[0]}${extra === 'legend' ? '' : extra}`, { viewport });
    await mapIdle(s.page, UNTIMED_FILES);
    const check = async (lang: string, state: string) => {
      await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await s.page.locator('.context-panel [role="status"]').filter({ hasText: /Loading|جارٍ|Загрузка/ }).waitFor({ state: 'detached' });
      expect(await axeViolations(s.page), `${state} in ${lang}`).toEqual([]);
    };
    for (const lang of langs) {
      if (lang !== langs[0]) await chooseLang(s.page, lang);
      await check(lang, extra === 'legend' ? 'the first view' : 'this state');
    }
    if (extra === 'legend') {
      await s.page.locator('.layer-panel-head > button').click();
      for (const lang of [...langs].reverse()) {
        if (lang !== langs.at(-1)) await chooseLang(s.page, lang);
        await check(lang, 'the legend');
      }
    }
    await s.context.close();
  });
});

describe.concurrent('keyboard', () => {
  it('reaches every control with Tab, with a visible focus that no panel hides; the camera flies when motion is welcome', async ({ browser, expect }) => {
    const s = await open(browser);
    await mapIdle(s.page);
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await s.page.keyboard.press('Tab');
      const f = await s.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const cy = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(cx, cy);
        return {
          name: el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40) || el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onTop: !!top && (el === top || el.contains(top) || top.contains(el)),
        };
      });
      if (!f) continue;
      expect(f.outline, `focus ring on ${f.name}`).toBe(true);
      expect(f.onTop, `${f.name} is not covered`).toBe(true);
      seen.add(f.name);
    }
    for (const name of ['Language: English', 'Zoom in', 'Back to the first view', 'Full screen', 'Layers', 'Show legend', 'Kazakhstan', 'Zhanaozen', 'Mangystau'])
      expect([...seen]).toContain(name);
    expect([...seen].some((n) => /Map of Kazakhstan/.test(n))).toBe(true);

    // A flight lasts; a jump starts and ends at once.
    await mapIdle(s.page);
    await countMoves(s.page);
    await s.page.getByRole('button', { name: 'Tajikistan' }).click();
    await expect.poll(async () => (await moves(s.page)).lasted, { message: 'how long the flight lasted, in ms' }).toBeGreaterThan(50);
    await s.context.close();
  });

  it('the map canvas has a name and instructions, and pans and zooms from the keyboard; with reduced motion the camera jumps instead of flying', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const canvas = s.page.getByRole('region', { name: /Map of Kazakhstan/ }).or(s.page.locator('canvas[aria-label]'));
    expect(await canvas.first().getAttribute('aria-label')).toMatch(/Map of Kazakhstan/);
    const help = await s.page.locator('#map-help').textContent();
    expect(help).toMatch(/arrow keys/);
    await s.page.locator('canvas.maplibregl-canvas').focus();
    const camera = () =>
      onMap(s.page, (map) => {
        return { lng: map.getCenter().lng, zoom: map.getZoom() };
      });
    const before = await camera();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera()).lng).toBeGreaterThan(before.lng);
    await s.page.keyboard.press('Equal');
    await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(before.zoom + 0.5);

    // One move: a jump.
    await mapIdle(s.page);
    await countMoves(s.page);
    await s.page.getByRole('button', { name: 'Tajikistan' }).click();
    await expect.poll(async () => (await moves(s.page)).ended).toBe(true);
    await mapIdle(s.page);
    expect((await moves(s.page)).moves, 'moves of the camera').toBe(1);
    expect((await moves(s.page)).lasted, 'how long the jump lasted, in ms').toBeLessThan(50);
    await s.context.close();
  });
});

describe.concurrent('narrow layout (360 px)', () => {
  // One page, in this order: the tap needs the first view.
  it('gives every control a target of at least 24 by 24 px; a tap opens a place and a pinch zooms; the story goes in a bottom sheet that leaves the selected place in view', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1', { viewport: NARROW, hasTouch: true, reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const layers = s.page.getByRole('button', { name: 'Layers' });
    await layers.click();
    const small = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex="0"]')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName, w: r.width, h: r.height };
        })
        .filter((t) => t.w < 24 || t.h < 24),
    );
    expect(small, 'targets under 24 px').toEqual([]);
    await layers.click();
    await expect.poll(() => layers.getAttribute('aria-expanded')).toBe('false');

    const point = await onMap(s.page, (map) => {
      const p = map.project([52.8, 43.3004]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await s.page.touchscreen.tap(point.x, point.y);
    const heading = s.page.getByRole('complementary').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('Zhanaozen');

    const zoom = () =>
      onMap(s.page, (map) => map.getZoom());
    const before = await zoom();
    const cdp = await s.context.newCDPSession(s.page);
    const box = (await s.page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - d, y: cy, id: 1 },
          { x: cx + d, y: cy, id: 2 },
        ],
      });
    await touch('touchStart', 20);
    for (let d = 25; d <= 120; d += 5) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect.poll(zoom).toBeGreaterThan(before + 0.5);

    // The bottom sheet.
    await s.page.getByRole('button', { name: 'Back to the story' }).click();
    await s.page.getByRole('button', { name: 'Almaty', exact: true }).click();
    await mapIdle(s.page);
    const place = await onMap(s.page, (map) => {
      const p = map.project([76.9115, 43.2525]);
      const r = map.getCanvas().getBoundingClientRect();
      const sheet = document.querySelector('.context-panel')!.getBoundingClientRect();
      return { y: r.top + p.y, x: r.left + p.x, sheetTop: sheet.top, width: innerWidth };
    });
    expect(place.y, 'Almaty above the sheet').toBeLessThan(place.sheetTop);
    expect(place.x).toBeGreaterThan(0);
    expect(place.x).toBeLessThan(place.width);
    await s.context.close();
  });
});

describe.concurrent('colours', () => {
  it('the protest, Almaty and CSTO layers stay apart in a greyscale screenshot', async ({ browser, expect }) => {
    const { PNG } = await import('pngjs');
    const s = await open(browser, '?debug=1&map=4.2/45/66', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const at = (lon: number, lat: number) =>
      onMap(s.page, (map, [a, b]) => {
          const p = map.project([a as number, b as number]);
          const r = map.getCanvas().getBoundingClientRect();
          return { x: Math.round(r.left + p.x), y: Math.round(r.top + p.y) };
        },
        [lon, lat],
      );
    const png = PNG.sync.read(await s.page.screenshot());
    const grey = ({ x, y }: { x: number; y: number }) => {
      const i = (png.width * y + x) * 4;
      return 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
    };
    const samples = {
      protest: grey(await at(54.2, 44.6)), // inside Mangystau
      almaty: grey(await at(76.9115, 43.2525)), // the Almaty dot
      host: grey(await at(70, 47)), // inside Kazakhstan
      contributor: grey(await at(72.5, 41.3)), // inside Kyrgyzstan
    };
    const values = Object.values(samples);
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++)
        expect(Math.abs(values[i]! - values[j]!), JSON.stringify(samples)).toBeGreaterThan(12);
    await s.context.close();
  });
});
