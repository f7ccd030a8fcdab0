import { describe } from 'vitest';
import { baseUrl, chooseLang, clickAt, mapIdle, onMap, open, withBrowser as it } from './browser';

const aside = (s: { page: import('playwright-core').Page }) =>
  s.page.getByRole('complementary', { name: /story and context|القصة والسياق|сюжет и контекст/i });
const heading = async (s: { page: import('playwright-core').Page }) =>
  (await aside(s).getByRole('heading', { level: 2 }).textContent()) ?? '';
const param = (s: { page: import('playwright-core').Page }, key: string) =>
  new URL(s.page.url()).searchParams.get(key);
const labelField = (s: { page: import('playwright-core').Page }) =>
  onMap(s.page, (map) => {
    return JSON.stringify(map.getLayoutProperty('labels-countries', 'text-field'));
  });

describe.concurrent('languages', () => {
  it('loads what the first view shows, and the rest as it is asked for: another language (Cyrillic’s font with Russian), and the quotes with the first context; the menu turns direction, interface and map labels, and is kept in the URL', async ({ browser, expect }) => {
    const s = await open(browser, null);
    const loaded: string[] = [];
    s.page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    // Whether a context ever showed its heading without its quotes, or the page its language's
    // direction before its words.
    await s.page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __seen: seen });
      new MutationObserver(() => {
        const entity = document.querySelector('article.entity');
        if (entity && !entity.querySelector('blockquote')) seen.push('heading without quotes');
        const button = document.querySelector('.lang-switch')?.textContent;
        if (document.documentElement.dir === 'rtl' && button === 'English') seen.push('right to left in English words');
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await s.page.goto(`${baseUrl()}?debug=1&lang=en`);
    await mapIdle(s.page);
    const chunk = (name: string) => loaded.filter((p) => new RegExp(`/assets/${name}-[^/]+\\.js$`).test(p)).length;
    // The engine's words (en, ar, ru) and the story's (strings, strings.ar, strings.ru), each language's when shown.
    expect([chunk('en'), chunk('strings'), chunk('ar'), chunk('strings\\.ar'), chunk('ru'), chunk('strings\\.ru'), chunk('texts')]).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(await s.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    expect(await labelField(s)).toContain('name_en');
    const cyrillic = () => loaded.filter((p) => /noto-sans-cyrillic/.test(p)).length;
    // Nothing in Russian was shown: neither its words, its names nor its script's font came.
    expect([chunk('ru'), chunk('strings\\.ru'), cyrillic(), loaded.filter((p) => /names\.ru/.test(p)).length]).toEqual([0, 0, 0, 0]);

    await s.page.getByRole('button', { name: 'Zhanaozen', exact: true }).click();
    await expect.poll(() => heading(s)).toBe('Zhanaozen');
    expect(await aside(s).locator('blockquote').count()).toBeGreaterThan(0);
    expect(chunk('texts')).toBe(1);

    await chooseLang(s.page, 'ar');
    await expect.poll(() => heading(s)).toBe('جاناوزن');
    expect(await s.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await s.page.getByRole('button', { name: 'اللغة: العربية' }).count()).toBe(1);
    expect([chunk('ar'), chunk('strings\\.ar')]).toEqual([1, 1]);
    expect(await s.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);

    // The switch turned the whole page: its language and direction, its words, the map's labels, the URL.
    expect(await s.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toMatch(/كازاخستان/);
    expect(await s.page.getByRole('checkbox', { name: 'ألماتا' }).isChecked()).toBe(true);
    expect(await labelField(s)).toContain('name_ar');
    expect(param(s, 'lang')).toBe('ar');
    await chooseLang(s.page, 'en');
    await expect.poll(() => s.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await labelField(s)).toContain('name_en');
    // By keyboard: the menu opens on Enter and closes on Escape with focus back on its button;
    // Tab walks its languages, Enter picks one.
    const menu = s.page.locator('.lang-switch');
    await menu.focus();
    await s.page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await s.page.locator('.lang-list button').allTextContents()).toEqual(['العربية', 'English', 'Русский']);
    expect(await s.page.locator('.lang-list [aria-current="true"]').textContent()).toBe('English');
    await s.page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await s.page.evaluate(() => document.activeElement?.className)).toBe('lang-switch');
    await s.page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Русский');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => heading(s)).toBe('Жанаозен');
    expect(await s.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ru', 'ltr']);
    expect(await labelField(s)).toContain('name_ru');
    // The scale bar writes its distance in Russian too.
    expect(await s.page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d[\d\u00A0]* км$/);
    expect(param(s, 'lang')).toBe('ru');
    expect([chunk('ru'), chunk('strings\\.ru')]).toEqual([1, 1]);
    await expect.poll(cyrillic).toBeGreaterThan(0);
    expect(loaded.filter((p) => /\/assets\/names\.ru-[^/]+\.json$/.test(p))).toHaveLength(1);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
    await s.context.close();
  });

  it('follows the browser’s language, and the URL wins over it; a language that cannot load leaves the page as it was, and says so', async ({ browser, expect }) => {
    const ar = await open(browser, '?debug=1', { locale: 'ar-EG' });
    await expect.poll(() => ar.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await ar.page.route(/\/assets\/(ar|strings\.ar)-[^/]+\.js$/, (route) => route.abort());
    await ar.page.goto(`${baseUrl()}?debug=1&lang=en`);
    await expect.poll(() => ar.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await chooseLang(ar.page, 'ar');
    await expect.poll(() => ar.page.getByRole('status').filter({ hasText: 'could not be loaded' }).count()).toBe(1);
    expect(await ar.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(new URL(ar.page.url()).searchParams.get('lang')).toBe('en');
    // The refused requests are the browser's own lines; nothing else reaches the console.
    expect(ar.errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
    await ar.context.close();
  });
});

describe.concurrent('URL state', () => {
  // One page walks the list by keyboard, the history and a reload, in that order: each step starts where the last left off.
  it('the list opens a place with Enter, and Escape closes it and returns focus; back and forward step through selections; reload restores the view, layers, selection and language', async ({ browser, expect }) => {
    const s = await open(browser);
    await mapIdle(s.page);

    // The list by keyboard.
    const item = s.page.getByRole('button', { name: 'Zhanaozen', exact: true });
    await item.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => heading(s)).toBe('Zhanaozen');
    expect(await s.page.evaluate(() => document.activeElement?.tagName), 'focus on the context’s heading').toBe('H2');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => heading(s)).toBe('What happened, and where');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'focus back on the list').toBe('zhanaozen');

    // Back and forward.
    await s.page.getByRole('button', { name: 'Almaty', exact: true }).click();
    await expect.poll(() => heading(s)).toBe('Almaty');
    await s.page.getByRole('button', { name: 'Back to the story' }).click();
    await s.page.getByRole('button', { name: 'Russia' }).click();
    await expect.poll(() => heading(s)).toBe('Russia');
    await s.page.goBack();
    await expect.poll(() => heading(s), { message: 'one step back' }).toBe('What happened, and where');
    await s.page.goBack();
    await expect.poll(() => heading(s), { message: 'two steps back' }).toBe('Almaty');
    await s.page.goForward();
    await s.page.goForward();
    await expect.poll(() => heading(s), { message: 'two steps forward' }).toBe('Russia');
    expect(param(s, 'sel')).toBe('RUS');

    // Reload.
    await s.page.getByRole('button', { name: 'Back to the story' }).click();
    await s.page.getByRole('checkbox', { name: 'Kazakhstan’s regions' }).uncheck();
    await s.page.getByRole('button', { name: 'Zhanaozen', exact: true }).click();
    await expect.poll(() => heading(s)).toBe('Zhanaozen');
    await chooseLang(s.page, 'ar');
    await onMap(s.page, (map) => {
      map.jumpTo({ center: [60, 45], zoom: 5 });
    });
    await expect.poll(() => param(s, 'map')).toBe('5/45/60');
    const url = s.page.url();
    await s.page.reload();
    await mapIdle(s.page);
    expect(s.page.url(), 'the address after reload').toBe(url);
    expect(await heading(s), 'the selection after reload').toBe('جاناوزن');
    expect(await s.page.getByRole('checkbox', { name: 'مناطق كازاخستان' }).isChecked(), 'the layers after reload').toBe(false);
    const view = await onMap(s.page, (map) => {
      return [map.getZoom(), map.getCenter().lat, map.getCenter().lng].map((n) => Math.round(n * 100) / 100);
    });
    expect(view, 'the camera after reload').toEqual([5, 45, 60]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('a link with a selection and no camera opens on the selection; one with a camera keeps it', async ({ browser, expect }) => {
    const camera = (s: { page: import('playwright-core').Page }) =>
      onMap(s.page, (map) => {
        return [map.getZoom(), map.getCenter().lat, map.getCenter().lng].map((n) => Math.round(n * 10) / 10);
      });
    const bare = await open(browser, '?debug=1&sel=almaty');
    await mapIdle(bare.page);
    expect(await heading(bare)).toBe('Almaty');
    // The camera's move to the selection may begin after the files are drawn: wait for it to end there.
    await expect.poll(async () => (await camera(bare))[0]).toBeGreaterThan(5);
    await mapIdle(bare.page);
    const [zoom, lat, lon] = await camera(bare);
    expect(zoom).toBeGreaterThan(5);
    expect(Math.abs(lat! - 43.2)).toBeLessThan(1);
    expect(Math.abs(lon! - 76.9)).toBeLessThan(1);
    // The link the page now carries holds that camera.
    await expect.poll(() => param(bare, 'map')).not.toBeNull();
    const link = param(bare, 'map')!.split('/').map(Number);
    [zoom, lat, lon].forEach((n, i) => expect(Math.abs(link[i]! - n!)).toBeLessThan(0.1));
    await bare.context.close();
    const framed = await open(browser, '?debug=1&map=4/45/60&sel=almaty');
    await mapIdle(framed.page);
    expect(await heading(framed)).toBe('Almaty');
    expect(await camera(framed)).toEqual([4, 45, 60]);
    await framed.context.close();
  });

  // Other invalid addresses read as a bare one (src/domain/url.test.ts): the page has nothing more to show for them.
  it.concurrent.for([
    ['out-of-range values and a script tag', '?debug=1&lang=xx&map=99/999/abc&layers=nope&sel=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['an unknown feature', '?debug=1&sel=no-such-place'],
  ])('an invalid URL falls back to defaults without an error: %s', async ([, query], { browser, expect }) => {
    const s = await open(browser, query);
    await mapIdle(s.page);
    expect(await s.page.getByRole('checkbox').count()).toBe(5);
    expect(await s.page.getByRole('heading', { name: 'Everything on the map' }).isVisible()).toBe(true);
    const zoom = await onMap(s.page, (map) => map.getZoom());
    expect(zoom).toBeGreaterThan(2);
    expect(zoom).toBeLessThan(5);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});

describe.concurrent('keyboard', () => {
  it('a link to Kazakhstan frames all of it clear of the layer panel; a click on empty sea clears it', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&sel=KAZ');
    await mapIdle(s.page);
    expect(await heading(s)).toBe('Kazakhstan');
    // Its far west (Mangystau) and far east, in the map and not under the panel, once the camera
    // has framed the selection (its move may begin after the files are drawn).
    const clear = () => onMap(s.page, (map) => {
      const canvas = map.getCanvas().getBoundingClientRect();
      const panel = document.querySelector('.layer-panel')!.getBoundingClientRect();
      return [
        [51.5, 43.2],
        [52.8, 43.35],
        [87.0, 49.1],
      ].map(([lon, lat]) => {
        const p = map.project([lon!, lat!]);
        const [x, y] = [canvas.left + p.x, canvas.top + p.y];
        const inMap = x > canvas.left && x < canvas.right && y > canvas.top && y < canvas.bottom;
        const underPanel = x >= panel.left && x <= panel.right && y >= panel.top && y <= panel.bottom;
        return inMap && !underPanel;
      });
    });
    await expect.poll(clear).toEqual([true, true, true]);
    await clickAt(s.page, 49.5, 42.5); // the middle of the Caspian Sea
    await expect.poll(() => heading(s)).toBe('What happened, and where');
    expect(param(s, 'sel')).toBeNull();
    await s.context.close();
  });
});

describe.concurrent('a layer file that fails', () => {
  it('shows an error with a retry on its own layer, and the others keep working', async ({ browser, expect }) => {
    const s = await open(browser, null);
    let fail = true;
    await s.page.route(/\/assets\/csto-[^/]+\.geojson$/, (route) =>
      fail ? route.fulfill({ status: 500, body: 'broken' }) : route.continue(),
    );
    await s.page.goto(`${baseUrl()}?debug=1`);
    const layer = s.page.locator('[data-layer="csto"]');
    await expect.poll(() => layer.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/csto\.geojson/);
    expect(await layer.getByRole('alert').textContent()).toMatch(/500/);
    // The other layers drew.
    const drawn = await onMap(s.page, async (map) => {
      await new Promise((r) => (map.loaded() ? r(null) : map.once('idle', r)));
      return map.queryRenderedFeatures({ layers: ['protest-fill', 'countries-fill'] }).length;
    });
    expect(drawn).toBeGreaterThan(0);
    await s.page.getByRole('button', { name: 'Zhanaozen', exact: true }).click();
    await expect.poll(() => heading(s)).toBe('Zhanaozen');
    fail = false;
    await layer.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => layer.getByRole('alert').count()).toBe(0);
    await mapIdle(s.page);
    // The browser logs the refused request itself; nothing else may reach the console.
    expect(s.errors.filter((e) => !/Failed to load resource: .*500/.test(e))).toEqual([]);
    await s.context.close();
  });

  it('names the file, the feature and the problem when a file is not valid GeoJSON', async ({ browser, expect }) => {
    const s = await open(browser, null);
    await s.page.route(/\/assets\/protest-[^/]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const fc = (await res.json()) as { features: { geometry: { type: string; coordinates: unknown } }[] };
      fc.features[0]!.geometry.coordinates = [500, 43];
      fc.features[0]!.geometry.type = 'Point';
      await route.fulfill({ response: res, body: JSON.stringify(fc) });
    });
    await s.page.goto(`${baseUrl()}?debug=1`);
    const alert = s.page.locator('[data-layer="protest"]').getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/protest\.geojson.*mangystau/);
    expect(await s.page.locator('[data-layer="csto"]').getByRole('alert').count()).toBe(0);
    await s.context.close();
  });
});
