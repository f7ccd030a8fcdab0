import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe } from 'vitest';
import { clickAt, mapIdle, onMap, open, type Session, withBrowser as it } from './browser';

const article = readFileSync(new URL('../src/stories/kazakhstan-2022/article.ar.txt', import.meta.url), 'utf8').replace(/\s+/gu, ' ');
const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

async function session(browser: Browser, query = '?debug=1', locale?: string): Promise<Session> {
  const s = await open(browser, query, { locale });
  await mapIdle(s.page);
  return s;
}

/** The panel's heading and every quote it shows, each checked against the article. */
async function panel(s: Session) {
  const aside = s.page.getByRole('complementary', { name: /story and context|القصة والسياق/i });
  const heading = (await aside.getByRole('heading', { level: 2 }).textContent()) ?? '';
  const quotes = await aside.locator('blockquote[lang="ar"][dir="rtl"]').allTextContents();
  return { aside, heading, quotes };
}

describe.concurrent('the map', () => {
  it('renders the base map and every layer from the app’s own server', async ({ browser, expect }) => {
    const s = await session(browser);
    const drawn = await onMap(s.page, (map) => {
      // A feature drawn across tiles comes back once per tile: count ids.
      const count = (layer: string) =>
        new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f): unknown => f.properties.id)).size;
      return {
        countries: count('countries-fill'),
        members: count('csto-fill'),
        troops: count('csto-circles'),
        routes: count('csto-routes'),
        protest: count('protest-fill'),
        regions: count('regions-line'),
        labels: count('labels-countries'),
      };
    });
    expect(drawn.countries).toBeGreaterThan(20);
    expect(drawn.members).toBeGreaterThanOrEqual(6);
    expect(drawn.troops).toBe(5);
    expect(drawn.routes).toBe(5);
    expect(drawn.protest).toBeGreaterThan(0);
    expect(drawn.regions).toBeGreaterThan(10);
    expect(drawn.labels).toBeGreaterThan(5);
    await expect(s.page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Natural Earth');
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('draws the brackets of Arabic labels the way they are written', async ({ browser, expect }) => {
    // Chapter 7 shows "قرغيزستان، 2010 (أوش)" and "… (ناغورنو كاراباخ)" on the map.
    const s = await session(browser, '?debug=1&lang=ar&chapter=7');
    const labels = await onMap(s.page, (map) => {
      return map.queryRenderedFeatures({ layers: ['episodes-labels'] }).map((f) => String(f.properties.name_ar));
    });
    // A point near a tile's edge may come back once per tile.
    expect(new Set(labels.filter((l) => l.includes('('))).size).toBe(2);
    // MapLibre puts a label in reading order and mirrors its brackets before it draws the glyphs
    // one by one on these canvases; drawn right to left, like the page, "(" would turn into ")".
    const ink = await s.page.evaluate(() => {
      const ctx = new OffscreenCanvas(40, 40).getContext('2d')!;
      ctx.font = '30px sans-serif';
      ctx.fillText('(', 10, 30);
      const { data } = ctx.getImageData(0, 0, 40, 40);
      const inked = (x: number, y: number) => data[(y * 40 + x) * 4 + 3]! > 128;
      const xs: number[] = [];
      for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) if (inked(x, y)) xs.push(x);
      const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
      // "(" curves out to the left: its top end lies right of its middle.
      let [left, right] = [0, 0];
      for (let y = 0; y < 12; y++) for (let x = 0; x < 40; x++) if (inked(x, y)) {
            if (x > middle) right++;
            else left++;
          }
      return { left, right, page: document.documentElement.dir };
    });
    expect(ink.page).toBe('rtl');
    expect(ink.right).toBeGreaterThan(ink.left);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('each layer’s toggle hides and shows it, and the URL follows', async ({ browser, expect }) => {
    // One page for all five: each layer is put back before the next is tried.
    const s = await session(browser);
    const layers = () => new URL(s.page.url()).searchParams.get('layers')?.split(',') ?? [];
    for (const [id, styleLayer] of [
      ['protest', 'protest-fill'],
      ['almaty', 'almaty-points'],
      ['csto', 'csto-circles'],
      ['regions', 'regions-line'],
      ['episodes', 'episodes-points'],
    ] as const) {
      const drawn = () =>
        onMap(s.page, (map, l) => {
          return map.queryRenderedFeatures({ layers: [l] }).length;
        }, styleLayer);
      const box = s.page.locator(`[data-layer="${id}"]`).getByRole('checkbox');
      // Every layer but the episodes starts on.
      const on = id !== 'episodes';
      expect(await box.isChecked(), id).toBe(on);
      expect((await drawn()) > 0, id).toBe(on);
      await box.setChecked(!on);
      await mapIdle(s.page);
      expect((await drawn()) > 0, id).toBe(!on);
      expect(layers().includes(id), id).toBe(!on);
      await box.setChecked(on);
      await mapIdle(s.page);
      expect((await drawn()) > 0, id).toBe(on);
    }
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});

describe.concurrent('clicking the map opens the article’s words', () => {
  const cases: [string, number, number, RegExp, string][] = [
    ['Almaty', 76.9115, 43.2525, /^Almaty/, 'ألماتا'],
    ['Zhanaozen', 52.8, 43.3004, /^Zhanaozen$/, 'غرب كازاخستان'],
    ['the Mangystau region', 54.5, 44.3, /^Mangystau/, 'غرب كازاخستان'],
    ['Russia', 44.0, 58.0, /^Russia$/, 'روسيا'],
    ['Belarus', 28.0, 53.5, /^Belarus$/, 'بيلاروسيا'],
    // North of Yerevan: on the capital itself, its dot and Armenia's troop circle offer a choice.
    ['Armenia', 44.0, 40.85, /^Armenia$/, 'أرمينيا'],
    ['Kyrgyzstan', 78.0, 41.6, /^Kyrgyzstan$/, 'قرغيزستان'],
    ['Tajikistan', 71.0, 38.9, /^Tajikistan$/, 'طاجيكستان'],
    // Last, with the regions layer off: Kazakhstan itself is under its regions.
    ['Kazakhstan', 82.0, 49.5, /^Kazakhstan$/, 'كازاخستان'],
  ];
  // One page for all: a click on the map leaves the camera where it is, and each panel is closed before the next click.
  it(`each of ${cases.map(([name]) => name).join(', ')}`, async ({ browser, expect }) => {
    const s = await session(browser);
    for (const [name, lon, lat, heading, word] of cases) {
      if (name === 'Kazakhstan') {
        await s.page.getByRole('checkbox', { name: 'Kazakhstan’s regions' }).uncheck();
        await expect.poll(() => new URL(s.page.url()).searchParams.get('layers')).toBe('protest,almaty,csto');
        await mapIdle(s.page);
      }
      await clickAt(s.page, lon, lat);
      await expect.poll(async () => (await panel(s)).heading, { message: name }).toMatch(heading);
      const { quotes } = await panel(s);
      expect(quotes.length, name).toBeGreaterThan(0);
      for (const q of quotes) expect(article, name).toContain(fold(q));
      expect(quotes.join(' '), name).toContain(word);
      await s.page.locator('.entity-header button.close').click();
      await expect.poll(() => new URL(s.page.url()).searchParams.has('sel'), { message: `${name} closed` }).toBe(false);
    }
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
