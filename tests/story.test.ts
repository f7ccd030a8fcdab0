import { readFileSync } from 'node:fs';
import type { Feature, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { dirOf, LANGS, type Lang } from '../src/domain/lang';
import { withNames, type NameTable } from '../src/domain/names';
import { describe, type ExpectStatic } from 'vitest';
import { chapters } from '../src/stories/kazakhstan-2022/chapters';
import { fileIds } from '../src/domain/story';
import { LAYERS } from '../src/stories/kazakhstan-2022/layers';
import { chapterBounds, featuresFor, type Chapter } from '../src/domain/chapters';
import type { LayerCollection } from '../src/domain/features';
import { chooseLang, clickAt, mapIdle, onMap, open, pastEdge, selectedOnMap, type Session, UNTIMED_FILES, withBrowser as it } from './browser';
import { readNames } from './names';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../geodata/${name}`, import.meta.url), 'utf8')) as T;
const russian = read<NameTable>('names.ru.json');
// The files with every name, as the page has them in each language.
const collections = fileIds().map((f) => withNames(read<LayerCollection>(`${f}.geojson`), russian[f], 'ru'));
const param = (s: Session, key: string) => new URL(s.page.url()).searchParams.get(key);
const tour = (page: Page) => page.getByRole('region', { name: 'Guided tour' });
const chapterHeading = (page: Page) => tour(page).getByRole('heading', { level: 2 }).textContent();

/** The camera's box, and whether the map is still moving. */
const camera = (page: Page) =>
  onMap(page, (map) => {
    const b = map.getBounds();
    return { w: b.getWest(), s: b.getSouth(), e: b.getEast(), n: b.getNorth(), moving: map.isMoving() };
  });
/** Ids drawn by a style layer (a feature cut by tiles comes back once per tile). */
const drawnIds = (page: Page, layer: string) =>
  onMap(
    page,
    (map, l) => [...new Set(map.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.id as string))].sort(),
    layer,
  );
/**
 * Pixels in the outermost columns of the map, where a name running off it is cut, that are the
 * episodes' dark blue (palette.episode): rivers and lakes are lighter and greener.
 */
async function episodeBlueAtEdges(page: Page): Promise<number> {
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  let n = 0;
  for (const x of [box.x, box.x + box.width - 3]) {
    const png = PNG.sync.read(await page.screenshot({ clip: { x, y: box.y, width: 3, height: box.height } }));
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (b - g > 40 && b - r > 40 && b < 190) n++;
    }
  }
  return n;
}
const visibility = (page: Page, layer: string) =>
  onMap(page, (map, l) => map.getLayoutProperty(l, 'visibility') ?? 'visible', layer);
const settled = (page: Page) =>
  page.waitForFunction(() => !(window as unknown as { __map: import('maplibre-gl').Map }).__map.isMoving(), undefined, {
    timeout: 20_000,
  });

describe.concurrent('the guided tour', () => {
  it('runs from start to end by keyboard, with progress, URL, layers and camera for each chapter, and shows sources side by side where they disagree', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    await s.page.getByRole('button', { name: 'Start the tour' }).focus();
    await s.page.keyboard.press('Enter');
    for (let n = 1; n <= chapters.length; n++) {
      const chapter = chapters[n - 1]!;
      await expect.poll(() => chapterHeading(s.page)).toBe(chapter.title.en);
      expect(param(s, 'chapter')).toBe(String(n));
      expect(await tour(s.page).getByText(`Chapter ${n} of ${chapters.length}`).isVisible()).toBe(true);
      expect(await tour(s.page).locator('progress').getAttribute('value')).toBe(String(n));
      // Focus stays in the tour, so the keys keep working.
      expect(await s.page.evaluate(() => !!document.activeElement?.closest('.tour'))).toBe(true);
      // The chapter's layers, and only those, are on.
      for (const { id } of LAYERS) {
        const on = chapter.layers.includes(id);
        await expect.poll(() => s.page.locator(`[data-layer="${id}"] input`).isChecked()).toBe(on);
      }
      // With reduced motion the camera jumps: its box becomes the chapter's, and it is still there.
      const [[w, so], [e, no]] = chapterBounds(chapter, collections)!;
      const [cx, cy] = [(w + e) / 2, (so + no) / 2];
      const framed = async () => {
        const cam = await camera(s.page);
        return !cam.moving && cx > cam.w && cx < cam.e && cy > cam.s && cy < cam.n;
      };
      await expect.poll(framed, { message: `${chapter.id} is framed` }).toBe(true);
      if (chapter.highlight) await expect.poll(() => selectedOnMap(s.page)).toContain(`"${chapter.highlight}"`);
      // Every quote is one of the chapter's excerpts, in Arabic, right to left.
      expect(await tour(s.page).locator('blockquote[lang="ar"][dir="rtl"]').count()).toBe(chapter.excerpts.length);
      if (n === 5) {
        expect(chapter.title.en).toBe('Who sent what');
        const figures = await tour(s.page).locator('.facts li').allTextContents();
        expect(figures, 'the figures side by side').toEqual(
          expect.arrayContaining([
            expect.stringMatching(/2,500 soldiers in the whole force.*Sputnik.*, 6 January 2022/),
            expect.stringMatching(/2,000 soldiers of the force still in the country.*Qazaq TV, 13 January 2022/),
            expect.stringMatching(/2,500 Russian soldiers.*the article, paragraph 7/),
            expect.stringMatching(/5,000 Russian soldiers.*the article, paragraph 8/),
          ]),
        );
      }
      await s.page.keyboard.press(n % 2 ? 'PageDown' : 'ArrowRight');
    }
    // At the end, next does nothing, and the way on is the way out.
    expect(param(s, 'chapter')).toBe(String(chapters.length));
    expect(await tour(s.page).getByRole('button', { name: 'Next' }).count()).toBe(0);
    expect(await tour(s.page).getByRole('button', { name: 'Finish' }).isEnabled()).toBe(true);
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => param(s, 'chapter')).toBe(String(chapters.length - 1));
    await s.page.keyboard.press('Escape');
    await expect.poll(() => param(s, 'chapter')).toBeNull();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Start the tour');
    // Leaving gives back the reader's own layers.
    expect(await s.page.locator('[data-layer="regions"] input').isChecked()).toBe(true);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('frames each chapter’s places, highlights its subject and shows the episodes layer in its chapter', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&chapter=7', { reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    await expect.poll(() => chapterHeading(s.page)).toBe(chapters[6]!.title.en);
    expect(await visibility(s.page, 'episodes-points')).toBe('visible');
    expect(await visibility(s.page, 'protest-fill')).toBe('none');
    await settled(s.page);
    const episodes = await drawnIds(s.page, 'episodes-points');
    expect(episodes).toEqual(expect.arrayContaining(['episode-karabakh-2020', 'episode-osh-2010']));
    expect(await drawnIds(s.page, 'episodes-line')).toEqual(['episode-kgz-tjk-2021']);
    expect(await selectedOnMap(s.page)).toContain('"episode-osh-2010"');
    // The episodes lie at the frame's edges; their names are drawn whole, not cut by them.
    expect(await drawnIds(s.page, 'episodes-labels')).toEqual(expect.arrayContaining(['episode-karabakh-2020', 'episode-osh-2010']));
    expect(await episodeBlueAtEdges(s.page)).toBe(0);
    await s.context.close();
  });

  it('opens a chapter=N link at that step, moves there with a flight, and Back returns a step', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&chapter=4');
    await mapIdle(s.page, UNTIMED_FILES);
    await expect.poll(() => chapterHeading(s.page)).toBe(chapters[3]!.title.en);
    await settled(s.page);
    // Chapter 4 frames Moscow and Almaty.
    const cam = await camera(s.page);
    const moscowAndAlmaty: [number, number][] = [
      [37.6, 55.75],
      [76.9, 43.25],
    ];
    for (const [lon, lat] of moscowAndAlmaty)
      expect(lon > cam.w && lon < cam.e && lat > cam.s && lat < cam.n).toBe(true);
    expect(await selectedOnMap(s.page)).toContain('"RUS"');
    // Without reduced motion the camera flies: its move lasts, where a jump starts and ends in one
    // task. Timed in the page, since a short flight can end before a poll from here sees it moving,
    // and a starved page may draw a flight in a single frame (so its frames cannot be counted).
    await onMap(s.page, (map) => {
      const w = window as unknown as { __flight?: number };
      map.once('movestart', () => {
        const start = performance.now();
        map.once('moveend', () => (w.__flight = performance.now() - start));
      });
    });
    await tour(s.page).getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => chapterHeading(s.page)).toBe(chapters[4]!.title.en);
    await expect.poll(() => s.page.evaluate(() => (window as unknown as { __flight?: number }).__flight ?? 0)).toBeGreaterThan(50);
    await s.page.goBack();
    await expect.poll(() => chapterHeading(s.page)).toBe(chapters[3]!.title.en);
    await s.context.close();
  });

  it('moves forward with the left arrow in Arabic', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=ar&chapter=1', { reducedMotion: 'reduce' });
    const region = s.page.getByRole('region', { name: 'جولة موجّهة' });
    await expect.poll(() => region.getByRole('heading', { level: 2 }).textContent()).toBe(chapters[0]!.title.ar);
    // A tour opened from a link holds focus as soon as it shows, so the first key reaches it.
    expect(await s.page.evaluate(() => document.activeElement?.matches('.tour h2'))).toBe(true);
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => region.getByRole('heading', { level: 2 }).textContent()).toBe(chapters[1]!.title.ar);
    expect(await s.page.getByText('الفصل 2 من 9').isVisible()).toBe(true);
    await s.context.close();
  });
});

/**
 * What a chapter names, as the map must show it: each point with its name, and each area or
 * line the camera frames, by its vertices. A named area the chapter does not frame (Russia
 * whole) is left out.
 */
function subject(chapter: Chapter, lang: Lang) {
  const ids = [...new Set([...chapter.features, ...(chapter.fitTo ?? [])])];
  return ids.flatMap((id) =>
    (featuresFor(id, collections) as Feature[])
      .filter((f) => f.geometry.type === 'Point' || (chapter.fitTo ?? chapter.features).includes(id))
      .map((f) => {
        const name = String(f.properties?.[`name_${lang}`] ?? id);
        const all: Position[] = JSON.stringify(f.geometry).match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
        return { id, name, point: f.geometry.type === 'Point', coords: all.filter((_, i) => i % 5 === 0) };
      }),
  );
}
type Subject = ReturnType<typeof subject>;

/**
 * What of a chapter's subject is off the map, or under a panel or one of the map's controls:
 * areas and lines by their vertices, points with room for their name around them.
 */
const unframed = (page: Page, items: Subject) =>
  onMap(page, (map, list) => {
    const canvas = map.getCanvas().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.layer-panel, .maplibregl-ctrl')].map((e) => e.getBoundingClientRect());
    const margin = 6;
    const measure = document.createElement('canvas').getContext('2d')!;
    measure.font = '13px sans-serif';
    const clear = (l: number, t: number, r: number, b: number) =>
      l >= canvas.left + margin &&
      r <= canvas.right - margin &&
      t >= canvas.top + margin &&
      b <= canvas.bottom - margin &&
      covers.every((c) => r + margin <= c.left || l - margin >= c.right || b + margin <= c.top || t - margin >= c.bottom);
    const out: string[] = [];
    for (const item of list) {
      const at = item.coords.map(([lon, lat]) => map.project([lon!, lat!])).map((p) => [p.x + canvas.left, p.y + canvas.top] as const);
      if (item.point) {
        const [x, y] = at[0]!;
        // The style puts a name under its point first, wrapped at 8 ems: a long one takes several lines.
        const width = measure.measureText(item.name).width;
        const [half, tall] = [Math.min(width, 8 * 13) / 2, 12 + 16 * Math.ceil(width / (8 * 13))];
        if (!clear(x - half, y - 12, x + half, y + tall)) out.push(`${item.name} at ${Math.round(x)},${Math.round(y)}`);
      } else {
        const hidden = at.filter(([x, y]) => !clear(x, y, x, y)).length;
        if (hidden > 0) out.push(`${item.name}: ${hidden} of ${at.length} vertices`);
      }
    }
    return out;
  }, items);

/** Moves the tour on with a finger across its panel, as a swipe on a phone. */
async function swipe(page: Page, dx: number) {
  const box = (await page.locator('.tour').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + 120];
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
  await touch('touchStart', x - dx / 2);
  for (const f of [0.25, 0.5, 0.75, 1]) await touch('touchMove', x - dx / 2 + dx * f);
  await touch('touchEnd', x + dx / 2);
  await cdp.detach();
}

/**
 * Two of the four screens also walk the timeline before the tour: the map's box must not
 * change with the day or the chapter, and the axis names its days.
 */
const STEADY = new Set(['1280 ru', '360 ar']);

/** The map's box, as the page lays it out now. */
const mapBox = (page: Page) => page.locator('.map-stage').evaluate((e) => JSON.stringify(e.getBoundingClientRect()));

/** Steps the timeline from its first day to its last by keyboard; checks the axis; returns the map's boxes seen. */
async function walkDays(page: Page, lang: Lang, phone: boolean, expect: ExpectStatic): Promise<string[]> {
  const boxes = [await mapBox(page)];
  const slider = page.getByRole('slider');
  await slider.focus();
  for (let day = 2; day <= 19; day++) {
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(`2022-01-${String(day).padStart(2, '0')}`);
    boxes.push(await mapBox(page));
  }
  // The axis: each day by its number, in reading order, on the slider's ends and between them.
  // The slider and its axis read in one go: the bar beside them may still be settling.
  const { track, shown } = await slider.evaluate((input) => {
    const r = input.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('.timeline-axis li')].filter((l) => l.offsetParent !== null);
    return {
      track: { x: r.left, width: r.width },
      shown: labels.map((l) => ({ text: l.textContent, x: l.getBoundingClientRect().left + l.getBoundingClientRect().width / 2 })),
    };
  });
  expect(shown.map((l) => l.text)).toEqual(phone ? ['1', '5', '10', '15', '19'] : Array.from({ length: 19 }, (_, i) => String(i + 1)));
  const xs = shown.map((l) => l.x);
  const [first, last] = lang === 'ar' ? [track.x + track.width, track.x] : [track.x, track.x + track.width];
  expect(Math.abs(xs[0]! - first)).toBeLessThan(16);
  expect(Math.abs(xs.at(-1)! - last)).toBeLessThan(16);
  expect(xs).toEqual([...xs].sort((a, b) => (lang === 'ar' ? b - a : a - b)));
  return boxes;
}

/** The tour's words in each language. */
const TOUR = {
  en: { start: 'Start the tour', label: 'Guided tour', next: 'Next', previous: 'Previous', finish: 'Finish' },
  ar: { start: 'ابدأ الجولة', label: 'جولة موجّهة', next: 'التالي', previous: 'السابق', finish: 'إنهاء الجولة' },
  ru: { start: 'Начать обзор', label: 'Пошаговый обзор', next: 'Далее', previous: 'Назад', finish: 'Завершить' },
} as const;

describe.concurrent('every chapter frames its subject', () => {
  const screens = [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ];
  for (const viewport of screens)
    for (const lang of LANGS) {
      const steady = STEADY.has(`${viewport.width} ${lang}`);
      it(`at ${viewport.width}×${viewport.height} in ${lang}: named places whole and clear of panels, the ways on always on screen${
        steady ? '; the map keeps its box on every day and in every chapter, under an axis that names its days' : ''
      }`, async ({ browser, expect }) => {
        const phone = viewport.width < 760;
        const s = await open(browser, `?debug=1&lang=${lang}&${steady ? 'date=2022-01-01' : 'chapter=1'}`, {
          viewport,
          reducedMotion: 'reduce',
          hasTouch: phone,
        });
        const boxes = new Set<string>();
        if (steady) {
          await mapIdle(s.page, UNTIMED_FILES);
          for (const b of await walkDays(s.page, lang, phone, expect)) boxes.add(b);
          await s.page.getByRole('button', { name: TOUR[lang].start }).click();
        }
        const region = s.page.getByRole('region', { name: TOUR[lang].label });
        const button = (name: string) => region.getByRole('button', { name, exact: true });
        const { next, previous, finish } = TOUR[lang];
        // Chapters turn towards where reading goes: a swipe leftwards in a left-to-right language.
        const forward = dirOf(lang) === 'rtl' ? 150 : -150;
        for (let n = 1; n <= chapters.length; n++) {
          const chapter = chapters[n - 1]!;
          await expect.poll(() => region.getByRole('heading', { level: 2 }).textContent()).toBe(chapter.title[lang]);
          await expect.poll(() => param(s, 'chapter')).toBe(String(n));
          if (steady) boxes.add(await mapBox(s.page));
          await mapIdle(s.page, UNTIMED_FILES);
          await settled(s.page);
          await expect.poll(() => unframed(s.page, subject(chapter, lang)), { message: `chapter ${n}` }).toEqual([]);
          // A click on any name drawn opens what it names (tests/names.test.ts clicks them in the first view).
          const read = await readNames(s.page, lang, phone);
          expect(read.wrong, `names in chapter ${n}`).toEqual([]);
          expect(read.tried, `names in chapter ${n}`).toBeGreaterThanOrEqual(read.names.length);
          // The troop figure of every country the chapter is about is whole (on a phone, Minsk's and
          // Bishkek's were cut); a figure at the edge of a chapter about something else may be cut.
          const figures = async () =>
            (await pastEdge(s.page, ['csto-figures'], lang)).filter((l) => chapter.features.includes(l.id)).map((l) => l.name);
          await expect.poll(figures, { message: `figures in chapter ${n}` }).toEqual([]);
          // Previous and Next (Finish at the end) stay within the screen, not under anything.
          const last = n === chapters.length;
          for (const name of [previous, last ? finish : next]) {
            const onTop = await button(name).evaluate((b) => {
              const r = b.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && !!hit && b.contains(hit);
            });
            expect(onTop, `${name} in chapter ${n}`).toBe(true);
          }
          // The title, which takes focus, is in view and not under the buttons.
          const title = await region.getByRole('heading', { level: 2 }).evaluate((h) => {
            const r = h.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
            return !!hit && h.contains(hit);
          });
          expect(title, `the title of chapter ${n}`).toBe(true);
          if (last) break;
          // On a phone every other chapter is turned by a swipe.
          if (phone && n % 2 === 0) await swipe(s.page, forward);
          else await button(next).click();
        }
        if (steady) expect([...boxes]).toHaveLength(1);
        expect(await button(next).count()).toBe(0);
        if (phone) {
          await swipe(s.page, -forward);
          await expect.poll(() => param(s, 'chapter')).toBe(String(chapters.length - 1));
          await button(next).click();
        }
        await button(finish).click();
        await expect.poll(() => param(s, 'chapter')).toBeNull();
        expect(s.errors).toEqual([]);
        await s.context.close();
      }, 240_000);
    }
});

describe.concurrent('the timeline', () => {
  it('brings features in as the date reaches them and draws routes from the day troops arrived; draws every route as leaving from 13 January and takes each contingent off the map the day it left', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const slider = s.page.getByRole('slider', { name: 'Date on the map' });
    await slider.focus();
    await s.page.keyboard.press('Home');
    await expect.poll(() => param(s, 'date')).toBe('2022-01-01');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 January 2022');
    const at = async (date: string) => {
      await expect.poll(() => param(s, 'date')).toBe(date);
      await mapIdle(s.page, UNTIMED_FILES);
      return {
        protest: await drawnIds(s.page, 'protest-points'),
        almaty: await drawnIds(s.page, 'almaty-points'),
        members: await drawnIds(s.page, 'csto-fill'),
        routes: await drawnIds(s.page, 'csto-routes'),
      };
    };
    expect(await at('2022-01-01')).toEqual({ protest: [], almaty: [], members: [], routes: [] });
    await s.page.keyboard.press('ArrowRight');
    expect((await at('2022-01-02')).protest).toEqual(['zhanaozen']);
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    const fourth = await at('2022-01-04');
    expect(fourth.almaty).toEqual(['almaty-point']);
    expect(fourth.members).toEqual([]);
    await s.page.keyboard.press('ArrowRight');
    expect((await at('2022-01-05')).members).toEqual(['KAZ']);
    await s.page.keyboard.press('ArrowRight');
    const sixth = await at('2022-01-06');
    expect(sixth.routes).toEqual(['RUS-route']);
    expect(await slider.getAttribute('aria-valuetext')).toBe('6 January 2022');
    // The day's events, each with its source.
    const events = s.page.locator('.timeline-events');
    await expect.poll(() => events.textContent()).toMatch(/Source: the article, paragraph 7/);
    await s.page.keyboard.press('ArrowRight');
    expect((await at('2022-01-07')).routes).toHaveLength(5);
    expect(await drawnIds(s.page, 'csto-withdrawing')).toEqual([]);

    // The withdrawal.
    const shown = async (date: string) => {
      await expect.poll(() => param(s, 'date')).toBe(date);
      await mapIdle(s.page, UNTIMED_FILES);
      return {
        members: await drawnIds(s.page, 'csto-fill'),
        routes: await drawnIds(s.page, 'csto-routes'),
        leaving: await drawnIds(s.page, 'csto-withdrawing'),
        troops: await drawnIds(s.page, 'csto-circles'),
      };
    };
    for (let day = 8; day <= 13; day++) await s.page.keyboard.press('ArrowRight');
    const thirteenth = await shown('2022-01-13');
    expect(thirteenth.routes).toHaveLength(5);
    expect(thirteenth.leaving).toHaveLength(5);
    await expect.poll(() => events.textContent()).toMatch(/The withdrawal begins.*Source: Qazaq TV, 13 January 2022; Armradio \(citing TASS\), 13 January 2022/);
    // On 14 January the Armenian, Belarusian and Tajik units fly home: their routes and circles go.
    await s.page.keyboard.press('ArrowRight');
    const fourteenth = await shown('2022-01-14');
    expect(fourteenth.routes).toEqual(['KGZ-route', 'RUS-route']);
    expect(fourteenth.troops).toEqual(['KGZ-troops', 'RUS-troops']);
    await expect.poll(() => events.textContent()).toMatch(/By Shoigu’s plan, the Armenian, Belarusian and Tajik units were to fly home this day.*Source: Armradio \(citing TASS\), 13 January 2022/);
    // On 19 January the last units have left: the members stay, no troops.
    await s.page.keyboard.press('End');
    const last = await shown('2022-01-19');
    expect(last).toEqual({ members: expect.arrayContaining(['KAZ', 'RUS', 'KGZ']) as string[], routes: [], leaving: [], troops: [] });
    expect(last.members).toHaveLength(6);
    await expect.poll(() => events.textContent()).toMatch(/the withdrawal is complete.*Source: Anadolu Agency, 19 January 2022/);
    // The whole range at once again.
    await s.page.getByRole('button', { name: 'Show every date' }).click();
    await expect.poll(() => param(s, 'date')).toBeNull();
    await mapIdle(s.page);
    expect(await drawnIds(s.page, 'csto-routes')).toHaveLength(5);
    expect(await drawnIds(s.page, 'csto-withdrawing')).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('opens at the date in the URL, and plays and pauses', async ({ browser, expect }) => {
    // Play does not depend on motion; without the labels' fade, each move of the clock has fewer frames to draw.
    const s = await open(browser, '?debug=1&date=2022-01-05', { reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    expect(await drawnIds(s.page, 'csto-routes')).toEqual([]);
    const slider = s.page.getByRole('slider', { name: 'Date on the map' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('5 January 2022');
    // From here the page's timers run when the test moves its clock, not on the wall clock.
    await s.page.clock.install();
    await s.page.getByRole('button', { name: 'Play the timeline' }).click();
    await expect
      .poll(async () => {
        await s.page.clock.runFor(400);
        return param(s, 'date');
      })
      .toBe('2022-01-07');
    await s.page.getByRole('button', { name: 'Pause the timeline' }).click();
    await s.page.getByRole('button', { name: 'Play the timeline' }).waitFor();
    const paused = param(s, 'date');
    // Ten days' worth of steps while paused.
    await s.page.clock.runFor(12_000);
    expect(param(s, 'date')).toBe(paused);
    await s.context.close();
  });
});

describe.concurrent('what a panel must say', () => {
  const facts = (page: Page) => page.locator('.entity').textContent({ timeout: 30_000 });

  it('gives the Kyrgyz–Tajik border no distance, and says the line is the border', { timeout: 120_000 }, async ({ browser, expect }) => {
    const s = await open(browser, '?lang=en&layers=episodes&sel=episode-kgz-tjk-2021', { reducedMotion: 'reduce' });
    await s.page.locator('.entity h2').waitFor({ timeout: 45_000 });
    for (const [lang, none, says] of [
      ['en', /Distance to Almaty|\d\s*km/, /not a route/],
      ['ar', /المسافة إلى ألماتا|[\d٠-٩]\s*كم/, /وليس طريقاً/],
    ] as const) {
      if (lang === 'ar') await chooseLang(s.page, 'ar');
      await expect.poll(() => facts(s.page), { message: lang }).toMatch(says);
      expect(await facts(s.page), lang).not.toMatch(none);
    }
    await s.context.close();
  });

  it('states the disagreeing troop figures in a contributor’s panel and in the legend, and which one sizes the circle', { timeout: 120_000 }, async ({ browser, expect }) => {
    const s = await open(browser, '?lang=en&sel=BLR', { reducedMotion: 'reduce' });
    await s.page.locator('.entity h2').waitFor({ timeout: 45_000 });
    await expect.poll(() => facts(s.page)).toMatch(/add up to 950, while the article puts the four together at “about 600 soldiers at most”/);
    expect(await facts(s.page)).toMatch(/The circle’s size is Belarus’s reported 500\. Source: Panorama\.am, 7 January 2022; the article, paragraph 8/);
    const layers = s.page.getByRole('button', { name: /^Layers/ });
    if ((await layers.getAttribute('aria-expanded', { timeout: 20_000 })) === 'false') await layers.click();
    await s.page.getByRole('button', { name: 'Show legend' }).click({ timeout: 20_000 });
    await expect.poll(() => s.page.locator('.legend-note').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/add up to 950.*“about 600 soldiers at most”.*“about 2,500” for the whole force \(Sputnik/)]),
    );
    await s.context.close();
  });
});

describe.concurrent('the article beside the map', () => {
  // One page, in this order: the scroll needs the first view, the landmark's switch to Arabic comes last.
  it('scrolls to the first mention of what is selected on the map and highlights every mention; selects a marked name on the map and moves the camera to it; is a named landmark with every body paragraph numbered', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&panel=article', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const reader = s.page.getByRole('region', { name: 'The article' });

    // The scroll to the first mention.
    const aside = s.page.locator('#panel');
    expect(await aside.evaluate((a) => a.scrollTop)).toBe(0);
    // Kyrgyzstan south of Issyk-Kul, east of every route and place dot.
    await clickAt(s.page, 78.0, 41.6);
    await expect.poll(() => param(s, 'sel')).toBe('KGZ');
    const first = s.page.locator('.mark[data-mark="KGZ"]').first();
    await expect.poll(() => aside.evaluate((a) => a.scrollTop)).toBeGreaterThan(0);
    const inView = await first.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = document.getElementById('panel')!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView, 'the first mention in view').toBe(true);
    const all = s.page.locator('.mark[data-mark="KGZ"]');
    expect(await s.page.locator('.mark[data-mark="KGZ"][aria-current="true"]').count()).toBe(await all.count());
    expect(await s.page.getByText(/Kyrgyzstan: \d+ mentions marked/).isVisible()).toBe(true);
    // A click on the map selects without moving the camera: it still shows the first view.
    await settled(s.page);
    const before = await camera(s.page);
    expect(before.e - before.w).toBeGreaterThan(30);

    // A marked name selects on the map.
    const mark = reader.locator('.mark[data-mark="TJK"]').first();
    expect(await mark.evaluate((m) => m.tagName)).toBe('BUTTON');
    await mark.click();
    await expect.poll(() => param(s, 'sel')).toBe('TJK');
    await settled(s.page);
    const cam = await camera(s.page);
    // Dushanbe is in the frame, and the frame is Tajikistan's, not the first view.
    expect(68.8 > cam.w && 68.8 < cam.e && 38.6 > cam.s && 38.6 < cam.n, 'Dushanbe in the frame').toBe(true);
    expect(cam.e - cam.w).toBeLessThan(30);
    expect(await selectedOnMap(s.page)).toContain('"TJK"');
    const current = await reader.locator('.mark[aria-current="true"]').evaluateAll((m) => m.map((x) => x.getAttribute('data-mark')));
    expect(current.length).toBeGreaterThan(0);
    expect(new Set(current)).toEqual(new Set(['TJK']));
    // Nagorno-Karabakh is named for the 2020 war: its mark opens that episode and turns its layer on.
    await reader.locator('.mark', { hasText: 'Nagorno-Karabakh' }).click();
    await expect.poll(() => param(s, 'sel')).toBe('episode-karabakh-2020');
    expect(param(s, 'layers')?.split(',')).toContain('episodes');

    // The landmark and its numbered paragraphs.
    const items = reader.locator('ol.reader-text > li');
    expect(await items.count()).toBe(26);
    expect(await items.nth(2).getAttribute('value')).toBe('3');
    // In English it opens in our translation; the Arabic is one click away, numbered the same.
    expect(await reader.locator('ol').getAttribute('lang')).toBe('en');
    await reader.getByRole('button', { name: 'Arabic (original)' }).click();
    expect(await reader.locator('ol').getAttribute('dir')).toBe('rtl');
    expect(await items.count()).toBe(26);
    // In Russian it opens in our Russian translation, its names marked and linked to the map alike.
    await chooseLang(s.page, 'ru');
    const statya = s.page.getByRole('region', { name: 'Статья' });
    await expect.poll(() => statya.locator('ol').getAttribute('lang')).toBe('ru');
    expect(await statya.getByRole('button', { name: 'Русский (наш перевод)' }).getAttribute('aria-pressed')).toBe('true');
    expect(await statya.locator('ol.reader-text > li').count()).toBe(26);
    await statya.locator('.mark[data-mark="KGZ"]').first().click();
    await expect.poll(() => param(s, 'sel')).toBe('KGZ');
    expect(await s.page.getByText(/Кыргызстан: выделено \d+ упоминани/).isVisible()).toBe(true);
    await s.context.close();
  });

  it('takes an excerpt in the context panel to its paragraph', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&sel=almaty', { reducedMotion: 'reduce' });
    const link = s.page.getByRole('button', { name: 'Paragraph 3: read it in the article' }).first();
    await link.click();
    await expect.poll(() => param(s, 'panel')).toBe('article');
    const p3 = s.page.locator('#paragraph-3');
    await p3.waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('paragraph-3');
    expect(await p3.isVisible()).toBe(true);
    // Back to the story returns focus to the button that opened the article.
    await s.page.getByRole('button', { name: 'Back to the story' }).click();
    await expect.poll(() => param(s, 'panel')).toBeNull();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Read the article');
    await s.context.close();
  });
});
