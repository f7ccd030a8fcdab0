import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { LANGS, type Lang } from '../src/domain/lang';
import { mapIdle, onMap, open, withBrowser as it } from './browser';
import { readNames, type Name } from './names';

const sel = (page: Page) => new URL(page.url()).searchParams.get('sel');

/** A point of the map's canvas, in its own pixels: what stays true as the page scrolls. */
interface At {
  x: number;
  y: number;
}

/**
 * Where in the page a point of the canvas is now, if this name is drawn there and the map itself
 * is on top there (not a panel or a control); else null.
 */
const drawnAt = (page: Page, n: Name, at: At) =>
  onMap(
    page,
    (map, { layer, opens, at }) => {
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      const page = { x: r.left + at.x, y: r.top + at.y };
      const onTop = document.elementFromPoint(page.x, page.y) === canvas;
      const drawn = map.queryRenderedFeatures([at.x, at.y], { layers: [layer] }).some((f) => String(f.properties.ref ?? f.properties.id) === opens);
      return onTop && drawn ? page : null;
    },
    { layer: n.layer, opens: n.opens, at },
  );

/**
 * Clicks (or taps) the middle of every name, as a reader does, each far from the one before
 * (two taps close together are a double tap, which zooms), and returns those that opened
 * something else. A click on what is open closes it, so each click's outcome is known. Each
 * point is kept in the canvas's own pixels, and found in the page just before its click: the
 * panel that opens below the map on a phone moves the page.
 */
async function clickEach(page: Page, lang: Lang, names: readonly Name[], touch: boolean): Promise<{ wrong: string[]; clicks: number }> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const origin = await canvas.evaluate((c) => c.getBoundingClientRect());
  const middle = (n: Name) => ({ x: n.points[1]!.x - origin.left, y: n.points[1]!.y - origin.top, n });
  let todo = names.map(middle);
  const wrong: string[] = [];
  let last = { x: -1e3, y: -1e3 };
  let clicks = 0;
  let rescans = 0;
  while (todo.length > 0) {
    const far = (p: At) => Math.hypot(p.x - last.x, p.y - last.y);
    const next = todo.reduce((a, b) => (far(b) > far(a) ? b : a));
    todo.splice(todo.indexOf(next), 1);
    await page.evaluate(() => scrollTo(0, 0));
    const point = await drawnAt(page, next.n, next);
    if (!point) {
      // An open panel can change the map's size, and MapLibre then places its names anew: the
      // names left are found again where they now are. A name under a panel is not clicked.
      if (rescans++ >= 5) continue;
      const { names: now } = await readNames(page, lang);
      const again = (n: Name) => now.find((m) => m.layer === n.layer && m.opens === n.opens && m.text === n.text);
      const moved = again(next.n);
      if (moved && (moved.left !== next.n.left || moved.top !== next.n.top)) todo = [next, ...todo].flatMap((p) => {
        const m = again(p.n);
        return m ? [middle(m)] : [];
      });
      continue;
    }
    // Two taps or clicks within 30 px and half a second are a double tap, which zooms.
    if (far(next) < 40) await page.waitForTimeout(600);
    last = next;
    const before = sel(page);
    const want = before === next.n.opens ? null : next.n.opens;
    if (touch) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    clicks++;
    const got = await page
      .waitForFunction((before) => {
        const now = new URL(location.href).searchParams.get('sel');
        return now !== before && { now };
      }, before, { timeout: 10_000 })
      .then(async (h) => ((await h.jsonValue()) as { now: string | null }).now)
      .catch(() => before);
    if (got !== want) wrong.push(`${next.n.text} at its middle: ${got ?? 'nothing'} instead of ${want ?? 'closing'}`);
  }
  return { wrong, clicks };
}

describe.concurrent('a click on a printed name opens what it names', () => {
  const screens = LANGS.flatMap((lang) => [
    { lang, width: 1280, height: 800 },
    { lang, width: 360, height: 740 },
  ]);
  // Every chapter's names are checked where the tour test walks the chapters (story.test.ts).
  it.for(screens)('at $width px in $lang: every name of the first view clicked, and every name on a day', { timeout: 300_000 }, async ({ lang, width, height }, { browser, expect }) => {
    const touch = width < 400;
    const s = await open(browser, `?debug=1&lang=${lang}`, { viewport: { width, height }, hasTouch: touch, reducedMotion: 'reduce' });
    const { page } = s;
    const wrong: string[] = [];
    const check = async (state: string) => {
      await mapIdle(page);
      const { names, wrong: w, tried } = await readNames(page, lang, touch);
      wrong.push(...w.map((x) => `${state}: ${x}`));
      // Names under a panel cannot be clicked; the others are most of them.
      expect(tried, state).toBeGreaterThanOrEqual(names.length);
      return names;
    };
    const first = await check('first view');
    // Kazakhstan, the host, is opened by its name whatever lies under it.
    expect(first.map((n) => n.opens)).toContain('KAZ');
    // Every name of the first view, clicked as a reader does.
    const clicked = await clickEach(page, lang, first, touch);
    wrong.push(...clicked.wrong.map((x) => `first view, clicked: ${x}`));
    expect(clicked.clicks).toBeGreaterThanOrEqual(first.length / 2);
    await page.goto(`${new URL(page.url()).origin}/?debug=1&lang=${lang}&date=2022-01-06`);
    await check('6 January');
    expect(wrong).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
