import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { LANGS, type Lang } from '../src/domain/lang';
import { LABEL_LAYERS } from '../src/map/style';
import { story } from '../src/domain/story';
import { mapIdle, onMap, open, withBrowser as it } from './browser';

/** A name as MapLibre placed it: the box its text was placed in, in page pixels, and what it names. */
interface Name {
  layer: string;
  opens: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Every name drawn now, found by asking the map what name lies under each point of a grid fine
 * enough to meet every line of text, then each box's edges to the pixel.
 */
function namesDrawn(page: Page, lang: Lang): Promise<Name[]> {
  return onMap(
    page,
    (map, { layers, lang, step }) => {
      const present = layers.filter((l) => map.getLayer(l));
      const canvas = map.getCanvas().getBoundingClientRect();
      type Box = { layer: string; opens: string; text: string; x0: number; x1: number; y0: number; y1: number };
      const boxes = new Map<string, Box>();
      const keyOf = (f: import('maplibre-gl').MapGeoJSONFeature) => `${f.layer.id}|${String(f.properties.id)}`;
      const at = (x: number, y: number) => map.queryRenderedFeatures([x, y], { layers: present });
      for (let y = 0; y < canvas.height; y += step)
        for (let x = 0; x < canvas.width; x += step)
          for (const f of at(x, y)) {
            const key = keyOf(f);
            const p = f.properties as Record<string, string | undefined>;
            const box = boxes.get(key) ?? {
              layer: f.layer.id,
              opens: String(p.ref ?? p.id),
              text: String(map.getLayer(f.layer.id)?.type === 'symbol' ? (p[`name_${lang}`] ?? p.name_en) : ''),
              x0: x,
              x1: x,
              y0: y,
              y1: y,
            };
            box.x0 = Math.min(box.x0, x);
            box.x1 = Math.max(box.x1, x);
            box.y0 = Math.min(box.y0, y);
            box.y1 = Math.max(box.y1, y);
            boxes.set(key, box);
          }
      // To the pixel: outwards from the grid's last hit, along the box's middle.
      const has = (key: string, x: number, y: number) => at(x, y).some((f) => keyOf(f) === key);
      const edge = (key: string, from: number, dir: -1 | 1, point: (v: number) => [number, number]) => {
        let v = from;
        while (Math.abs(v - from) < step && has(key, ...point(v + dir))) v += dir;
        return v;
      };
      return [...boxes].map(([key, b]): Name => {
        const cy = (b.y0 + b.y1) / 2;
        const cx = (b.x0 + b.x1) / 2;
        return {
          layer: b.layer,
          opens: b.opens,
          text: b.text,
          left: canvas.left + edge(key, b.x0, -1, (x) => [x, cy]),
          right: canvas.left + edge(key, b.x1, 1, (x) => [x, cy]),
          top: canvas.top + edge(key, b.y0, -1, (y) => [cx, y]),
          bottom: canvas.top + edge(key, b.y1, 1, (y) => [cx, y]),
        };
      });
    },
    // Every name's box is at least 14 px tall and wide, padding included.
    { layers: [...LABEL_LAYERS], lang, step: 7 },
  );
}

/** The middle of a name and two points just inside both ends of its text. */
const pointsOf = (n: Name): { x: number; y: number; where: string }[] => {
  const y = (n.top + n.bottom) / 2;
  const inset = Math.min(3, (n.right - n.left) / 4);
  return [
    { x: n.left + inset, y, where: 'start' },
    { x: (n.left + n.right) / 2, y, where: 'middle' },
    { x: n.right - inset, y, where: 'end' },
  ];
};

/** Whether the map itself is under a page point: not a panel, a control or the page's edge. */
const onCanvas = (page: Page, x: number, y: number) =>
  onMap(page, (map, { x, y }) => document.elementFromPoint(x, y) === map.getCanvas(), { x, y });

/**
 * The names whose points do not open what they name, by the click's own rule (`__pick`, what
 * the map's click handler runs), with how many points were on the map, in one call to the page.
 */
function misread(page: Page, names: readonly Name[], touch: boolean): Promise<{ wrong: string[]; tried: number }> {
  const points = names.flatMap((n) => pointsOf(n).map((p) => ({ ...p, n })));
  return onMap(
    page,
    (map, { points, touch }) => {
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      const pick = (window as unknown as { __pick(point: { x: number; y: number }, touch: boolean): string[] }).__pick;
      const wrong: string[] = [];
      let tried = 0;
      for (const { x, y, where, n } of points) {
        if (document.elementFromPoint(x, y) !== canvas) continue;
        tried++;
        const got = pick({ x: x - r.left, y: y - r.top }, touch);
        if (got.length !== 1 || got[0] !== n.opens) wrong.push(`${n.text} (${n.layer}) at its ${where} opens ${got.join(' or ') || 'nothing'}, not ${n.opens}`);
      }
      return { wrong, tried };
    },
    { points, touch },
  );
}

const sel = (page: Page) => new URL(page.url()).searchParams.get('sel');

/** Whether this name is drawn under a page point now. */
const nameAt = (page: Page, n: Name, x: number, y: number) =>
  onMap(
    page,
    (map, { layer, opens, x, y }) => {
      const r = map.getCanvas().getBoundingClientRect();
      return map
        .queryRenderedFeatures([x - r.left, y - r.top], { layers: [layer] })
        .some((f) => String(f.properties.ref ?? f.properties.id) === opens);
    },
    { layer: n.layer, opens: n.opens, x, y },
  );

/**
 * Clicks (or taps) the middle of every name, as a reader does, each far from the one before
 * (two taps close together are a double tap, which zooms), and returns those that opened
 * something else. A click on what is open closes it, so each click's outcome is known.
 */
async function clickEach(page: Page, lang: Lang, names: readonly Name[], touch: boolean): Promise<{ wrong: string[]; clicks: number }> {
  const middle = (n: Name) => ({ ...pointsOf(n)[1]!, n });
  let todo = names.map(middle);
  const wrong: string[] = [];
  let last = { x: -1e3, y: -1e3 };
  let clicks = 0;
  let rescans = 0;
  while (todo.length > 0) {
    const far = (p: { x: number; y: number }) => Math.hypot(p.x - last.x, p.y - last.y);
    const next = todo.reduce((a, b) => (far(b) > far(a) ? b : a));
    todo.splice(todo.indexOf(next), 1);
    // On a phone the panel that opens below the map takes the page down with it.
    await page.evaluate(() => scrollTo(0, 0));
    if (!(await onCanvas(page, next.x, next.y))) continue;
    // An open panel can change the map's size, and MapLibre then places its names anew: the
    // names left are found again where they now are.
    if (!(await nameAt(page, next.n, next.x, next.y)) && rescans++ < 5) {
      const now = await namesDrawn(page, lang);
      const again = (n: Name) => now.find((m) => m.layer === n.layer && m.opens === n.opens && m.text === n.text);
      todo = [next, ...todo].flatMap((p) => {
        const m = again(p.n);
        return m ? [middle(m)] : [];
      });
      continue;
    }
    last = next;
    const before = sel(page);
    const want = before === next.n.opens ? null : next.n.opens;
    if (touch) await page.touchscreen.tap(next.x, next.y);
    else await page.mouse.click(next.x, next.y);
    clicks++;
    const got = await page
      .waitForFunction((before) => {
        const now = new URL(location.href).searchParams.get('sel');
        return now !== before && { now };
      }, before, { timeout: 10_000 })
      .then(async (h) => ((await h.jsonValue()) as { now: string | null }).now)
      .catch(() => before);
    if (got !== want) wrong.push(`${next.n.text} at its ${next.where}: ${got ?? 'nothing'} instead of ${want ?? 'closing'}`);
  }
  return { wrong, clicks };
}

const TOUR = { en: ['Start the tour', 'Next'], ar: ['ابدأ الجولة', 'التالي'], ru: ['Начать обзор', 'Далее'] } as const;

describe.concurrent('a click on a printed name opens what it names', () => {
  const screens = LANGS.flatMap((lang) => [
    { lang, width: 1280, height: 800 },
    { lang, width: 360, height: 740 },
  ]);
  it.for(screens)('at $width px in $lang: every name, in the first view, every chapter and on a day', { timeout: 300_000 }, async ({ lang, width, height }, { browser, expect }) => {
    const touch = width < 400;
    const s = await open(browser, `?debug=1&lang=${lang}`, { viewport: { width, height }, hasTouch: touch, reducedMotion: 'reduce' });
    const { page } = s;
    const wrong: string[] = [];
    const check = async (state: string) => {
      await mapIdle(page);
      const names = await namesDrawn(page, lang);
      const { wrong: w, tried } = await misread(page, names, touch);
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
    if (sel(page)) await page.locator('.entity-header button.close').click();

    const [start, next] = TOUR[lang];
    await page.getByRole('button', { name: start }).click();
    const chapters = story().chapters.length;
    for (let n = 1; n <= chapters; n++) {
      await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(String(n));
      await check(`chapter ${n}`);
      if (n < chapters) await page.getByRole('region').getByRole('button', { name: next, exact: true }).click();
    }
    await page.goto(`${new URL(page.url()).origin}/?debug=1&lang=${lang}&date=2022-01-06`);
    await check('6 January');
    expect(wrong).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
