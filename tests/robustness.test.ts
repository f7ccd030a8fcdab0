import type { Page, Route } from 'playwright-core';
import { describe } from 'vitest';
import { fileIds } from '../src/domain/story';
import { LANGS } from '../src/domain/lang';
import { baseUrl, chooseLang, cspViolations, launch, mapIdle, onMap, open, watchCsp, withBrowser as it } from './browser';

/** Another file that must keep drawing while one fails, and a style layer it draws. */
const other = (file: string) => (file === 'csto' ? 'protest-fill' : 'csto-fill');

type Fault = (route: Route) => Promise<void>;
const FAULTS = {
  'a network error': (route) => route.abort('failed'),
  'HTTP 500': (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
  'a 10 s delay': async (route) => {
    await new Promise((r) => setTimeout(r, 10_000));
    await route.continue().catch(() => undefined);
  },
  'truncated JSON': async (route) => {
    const res = await route.fetch();
    const body = await res.text();
    await route.fulfill({ response: res, body: body.slice(0, Math.floor(body.length / 2)) });
  },
  'JSON that is not GeoJSON': (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ hello: 'world', features: 3 }) }),
} satisfies Record<string, Fault>;
type Kind = keyof typeof FAULTS;

const drawn = (page: Page, layer: string) =>
  onMap(page, (map, l) => (map.getLayer(l) ? map.queryRenderedFeatures({ layers: [l] }).length : -1), layer);
const sourceSize = (page: Page, file: string) =>
  onMap(page, (map, f) => (map.getSource(f)?.serialize() as { data?: { features?: unknown[] } } | undefined)?.data?.features?.length ?? 0, file);
/** The browser itself logs a refused request; anything else in the console is a fault of the app. */
const appErrors = (errors: string[]) => errors.filter((e) => !/^Failed to load resource/.test(e));

const WORDS = {
  en: { error: /could not be loaded/, retry: 'Retry' },
  ar: { error: /تعذّر تحميل/, retry: 'أعد المحاولة' },
  ru: { error: /Не удалось загрузить/, retry: 'Повторить' },
} as const;

// The loading logic meets every fault with every file in src/data/queries.test.ts; here each
// file fails once, with the fault kinds in turn, to prove the page lives on around it.
const KINDS = Object.keys(FAULTS) as Kind[];
const CASES = fileIds().map((file, i) => [file, KINDS[i % KINDS.length] as Kind] as const);

// Most of each case is waiting (for a load, a timeout, a retry): several at a time.
describe.concurrent('each layer file failing in turn', () => {
  CASES.forEach(([file, name], i) => {
    const fault = FAULTS[name];
    // The cases start in each language in turn, and go on in the next.
    const [first, then] = [LANGS[i % LANGS.length]!, LANGS[(i + 1) % LANGS.length]!];
    it(`${file}.geojson with ${name} (${first} first)`, async ({ browser, expect }) => {
      // Small enough to spare the software drawing, wide enough for the desktop layout.
      const s = await open(browser, null, { viewport: { width: 800, height: 500 } });
      let faulty = true;
      const pattern = new RegExp(`/assets/${file}-[^/]+\\.geojson$`);
      await s.page.route(pattern, (route) => (faulty ? fault(route) : route.continue()));
      await s.page.goto(`${baseUrl()}?debug=1&lang=${first}`);
      const alert = s.page.getByRole('alert').filter({ hasText: `${file}.geojson` });
      await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
      expect(await alert.textContent()).toMatch(WORDS[first].error);

      // Everything else still drew.
      await mapIdle(s.page, fileIds().filter((f) => f !== file));
      await expect.poll(() => drawn(s.page, other(file))).toBeGreaterThan(0);
      expect(await sourceSize(s.page, file)).toBe(0);

      // The message is there in the other language too, and its retry works there.
      await chooseLang(s.page, then);
      await expect.poll(() => alert.textContent()).toMatch(WORDS[then].error);

      faulty = false;
      await alert.getByRole('button', { name: WORDS[then].retry }).click();
      await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => sourceSize(s.page, file)).toBeGreaterThan(0);
      expect(appErrors(s.errors)).toEqual([]);
      await s.context.close();
    });
  });
});

describe.concurrent('a browser without WebGL', () => {
  it('shows the story, the excerpts and the places, and says why the map is missing', async ({ expect }) => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
    try {
      const context = await noGl.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl()}?debug=1`);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/WebGL/);
      expect(await page.getByRole('checkbox').count()).toBe(0);
      await page.getByRole('button', { name: 'Zhanaozen', exact: true }).click();
      const quote = page.locator('blockquote[lang="ar"]').first();
      expect(await quote.textContent()).toMatch(/غرب كازاخستان/);
      await chooseLang(page, 'ar');
      // The page changes language once the Arabic strings have loaded.
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('جاناوزن');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/WebGL/);
      await chooseLang(page, 'ru');
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Жанаозен');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/WebGL/);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe.concurrent('hostile content', () => {
  it('shows markup in a place’s name as text and runs nothing', async ({ browser, expect }) => {
    const s = await open(browser, null);
    await s.page.route(/\/assets\/places-[^/]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const fc = (await res.json()) as { features: { properties: Record<string, string> }[] };
      fc.features[0]!.properties.name_en = '<img src=x onerror="window.__xss=1">Evil';
      fc.features[0]!.properties.name_ar = '<script>window.__xss=2</script>';
      await route.fulfill({ response: res, body: JSON.stringify(fc) });
    });
    await s.page.goto(`${baseUrl()}?debug=1`);
    const button = s.page.getByRole('button', { name: '<img src=x onerror="window.__xss=1">Evil' });
    await button.click();
    const heading = s.page.getByRole('complementary').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('<img src=x onerror="window.__xss=1">Evil');
    await chooseLang(s.page, 'ar');
    await expect.poll(() => heading.textContent()).toBe('<script>window.__xss=2</script>');
    expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await s.page.locator('.context-panel img, .context-panel script').count()).toBe(0);
    expect(s.foreign).toEqual([]);
    await s.context.close();
  });
});

describe.concurrent('Content-Security-Policy', () => {
  it('is sent by the server and written into the page', async ({ expect }) => {
    const res = await fetch(baseUrl());
    const header = res.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'"])
      expect(header).toContain(d);
    expect(header).not.toMatch(/unsafe-eval|unsafe-inline/);
    const html = await res.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('holds a full session with no violation and no request to another origin', { timeout: 240_000 }, async ({ browser, expect }) => {
    const s = await open(browser, null, { reducedMotion: 'reduce', viewport: { width: 900, height: 600 } });
    await watchCsp(s.page);
    await s.page.goto(`${baseUrl()}?debug=1`);
    await mapIdle(s.page);
    for (const lang of ['en', 'ar']) {
      for (const box of await s.page.getByRole('checkbox').all()) {
        await box.uncheck();
        await box.check();
      }
      await s.page.locator('.layer-panel-head button').last().click(); // the legend
      const ids = await s.page.locator('.entity-list button').evaluateAll((b) => b.map((x) => x.getAttribute('data-id')));
      for (const id of ids) {
        await s.page.locator(`.entity-list [data-id="${id}"]`).click();
        await s.page.locator('.entity').waitFor();
        await s.page.keyboard.press('Escape');
      }
      // The tour from start to end, the article and its marks, the timeline.
      await s.page.locator('.story-actions button').first().click();
      for (let i = 0; i < 9; i++) {
        await s.page.locator('.tour h2').focus();
        await s.page.keyboard.press('PageDown');
      }
      await s.page.keyboard.press('Escape');
      await s.page.locator('.story-actions [aria-pressed]').click();
      for (const id of ['KAZ', 'almaty', 'RUS', 'baku']) await s.page.locator(`.mark[data-mark="${id}"]`).first().click();
      await s.page.locator('.reader .close').click();
      await s.page.keyboard.press('Escape'); // the last mark's selection, so the next round starts from the list
      await s.page.getByRole('slider').focus();
      await s.page.keyboard.press('Home');
      await s.page.keyboard.press('End');
      // The last day has every timed layer in it, which the wait for the map below expects.
      await expect.poll(() => new URL(s.page.url()).searchParams.get('date')).toBe('2022-01-19');
      await chooseLang(s.page, lang === 'en' ? 'ar' : 'en');
    }
    await mapIdle(s.page);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
    await s.context.close();
  });
});
