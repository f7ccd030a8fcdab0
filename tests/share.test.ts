import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { dirOf, LANGS, type Lang } from '../src/domain/lang';
import { ar } from '../src/strings/ar';
import { en } from '../src/strings/en';
import { ru } from '../src/strings/ru';
import { describe, expect, type ExpectStatic } from 'vitest';
import { sources } from '../src/stories/kazakhstan-2022/sources';
import { checkFile } from '../scripts/geodata/check';
import { axeViolations, baseUrl, chooseLang, cspViolations, launch, mapIdle, open, watchCsp, type Session, withBrowser as it } from './browser';

// Pages run side by side on software WebGL: a test may wait on its neighbours' drawing.
const SLOW = 120_000;

/** A page with CSP violations recorded, opened at `query` with the map drawn. */
async function ready(browser: Browser, query: string, options: Parameters<typeof open>[2] = {}): Promise<Session> {
  const s = await open(browser, null, options);
  await watchCsp(s.page);
  await s.page.goto(baseUrl() + query);
  await mapIdle(s.page);
  return s;
}

async function clean(s: Session): Promise<void> {
  expect(await cspViolations(s.page)).toEqual([]);
  expect(s.errors).toEqual([]);
  expect(s.foreign).toEqual([]);
  await s.context.close();
}

const downloaded = async (page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
};

const mapBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });

/** Share of the pixels in a box that are white, as the bands around the map are. */
function whiteShare(png: PNG, x0: number, x1: number, y0: number, y1: number): number {
  let white = 0;
  let all = 0;
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * png.width + x) * 4;
      if (Math.min(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) >= 248) white++;
      all++;
    }
  }
  return white / all;
}

/** Leftmost and rightmost column in some rows with a clear colour (a legend swatch, not text). */
function colouredSpan(png: PNG, y0: number, y1: number): [number, number] {
  let [min, max] = [png.width, -1];
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const c = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.max(...c) - Math.min(...c) > 60) [min, max] = [Math.min(min, x), Math.max(max, x)];
    }
  }
  return [min, max];
}

function distinctColours(data: Uint8Array, step: number, stride: number): number {
  const seen = new Set<number>();
  for (let i = 0; i + 2 < data.length; i += step * stride) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}

/** The share bar's words in each language. */
const WORDS = {
  en: { image: 'Save image', fullView: 'Open full view' },
  ar: { image: 'حفظ صورة', fullView: 'فتح العرض الكامل' },
  ru: { image: 'Сохранить изображение', fullView: 'Открыть полную версию' },
} as const;

describe.concurrent('image export', { timeout: SLOW }, () => {
  it.for(LANGS)(
    '%s: a PNG of the map at twice its size between a title band and a legend band, nothing drawn over the map',
    async (lang, { browser }) => {
      const s = await ready(browser, `?debug=1&lang=${lang}&sel=ARM`);
      const box = await mapBox(s.page);
      const file = await downloaded(s.page, () =>
        s.page.getByRole('button', { name: WORDS[lang].image }).click(),
      );
      expect(file.name).toBe(`kazakhstan-january-2022-${lang}.png`);
      const png = PNG.sync.read(file.body);
      expect(png.width).toBe(box.width * 2);
      // Rows that are mostly white are the bands; the map is the longest run of rows that is not
      // (a row through the legend's swatches and text may be a lone exception).
      let [first, last] = [0, -1];
      for (let y = 0, from = 0; y <= png.height; y++) {
        if (y < png.height && whiteShare(png, 0, png.width, y, y + 1) < 0.5) continue;
        if (y - from > last - first + 1) [first, last] = [from, y - 1];
        from = y + 1;
      }
      // The whole map, give or take its one-pixel frame, with a band above and one below.
      expect(Math.abs(last - first + 1 - box.height * 2)).toBeLessThanOrEqual(4);
      expect(first).toBeGreaterThan(40);
      expect(png.height - last).toBeGreaterThan(40);
      // A blank or single-colour canvas has a handful of colours; the drawn map has hundreds.
      expect(distinctColours(png.data.subarray(first * png.width * 4, (last + 1) * png.width * 4), 37, 4)).toBeGreaterThan(200);
      // No legend box over the map's lower corners.
      const corner = [last - 120, last - 20] as const;
      expect(whiteShare(png, 20, 60, ...corner)).toBeLessThan(0.5);
      expect(whiteShare(png, png.width - 60, png.width - 20, ...corner)).toBeLessThan(0.5);
      // The legend's swatches start where reading starts, a margin in from the edge: left in
      // English, right in Arabic. Each row ends in a label, so its far end is text, not colour.
      const [left, right] = colouredSpan(png, last + 1, png.height);
      const [start, end] = dirOf(lang) === 'ltr' ? [left, png.width - 1 - right] : [png.width - 1 - right, left];
      expect(start).toBeGreaterThanOrEqual(16);
      expect(start).toBeLessThanOrEqual(40);
      expect(end).toBeGreaterThan(40);
      expect(await s.page.locator('.share-notice').textContent()).toBe('');
      await clean(s);
    },
  );

  it('without WebGL says the image cannot be made, and throws nothing', async ({ expect }) => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ locale: 'en-GB' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl()}?debug=1`);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/WebGL/);
      await page.getByRole('button', { name: 'Save image' }).click();
      await expect
        .poll(() => page.locator('.share-notice').textContent())
        .toBe('The image could not be made: the map is not drawn in this browser');
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe.concurrent('data download', { timeout: SLOW }, () => {
  it('lists sources and licences, and each downloaded file validates with its note', async ({ browser, expect }) => {
    const s = await ready(browser, '?debug=1&lang=ar');
    const opener = s.page.getByRole('button', { name: 'المصادر والتراخيص' });
    await opener.click();
    const dialog = s.page.getByRole('dialog', { name: 'المصادر والتراخيص' });
    await dialog.waitFor();
    // Addresses are shown as text, never as links the app would follow.
    await expect.poll(() => dialog.getByText(sources['panorama-2022-01-07']!.url!).count()).toBe(1);
    expect(await dialog.locator('a').count()).toBe(0);
    expect(await axeViolations(s.page)).toEqual([]);

    for (const file of ['csto', 'countries']) {
      const { name, body } = await downloaded(s.page, () =>
        dialog.getByRole('button', { name: `تنزيل ${file}.geojson` }).click(),
      );
      expect(name).toBe(`${file}.geojson`);
      const text = body.toString('utf8');
      expect(checkFile(name, text)).toEqual([]);
      const fc = JSON.parse(text) as {
        licence: string;
        derived_from: string;
        sources: { id: string; url?: string }[];
        features: { properties: { figures?: unknown[] } }[];
      };
      expect(fc.licence).toMatch(/Natural Earth data: public domain/);
      expect(fc.derived_from).toMatch(/Natural Earth/);
      expect(fc.sources.map((x) => x.id)).toContain('natural-earth');
      if (file === 'csto') {
        expect(fc.sources.find((x) => x.id === 'panorama-2022-01-07')?.url).toMatch(/^https:/);
        expect(fc.features.some((f) => f.properties.figures?.length)).toBe(true);
      }
    }

    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await clean(s);
  });
});

describe.concurrent('embed', { timeout: SLOW }, () => {
  it('offers iframe code for the current state that works pasted into another page', async ({ browser, expect }) => {
    const s = await ready(browser, '?debug=1&lang=en&layers=protest,almaty&sel=zhanaozen');
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await s.page.getByRole('button', { name: 'Embed' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Embed this map' });
    const code = await dialog.getByRole('textbox', { name: 'HTML code' }).inputValue();
    expect(await axeViolations(s.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Copied.');
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&'));
    expect(src.origin).toBe(new URL(baseUrl()).origin);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ lang: 'en', layers: 'protest,almaty', sel: 'zhanaozen', embed: '1' });
    expect(src.searchParams.has('debug')).toBe(false);

    // Pasted into a narrow column of someone else's page, served from another origin.
    const other = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Article</title><main style="width:320px">${code}</main>`);
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const host = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    await s.page.goto(host);
    const frame = s.page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 2, name: 'Zhanaozen' }).waitFor();
    expect(await frame.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await frame.locator('.top-bar').count()).toBe(0);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([host]);
    await s.context.close();
    other.close();
  });

  it.for(LANGS)('%s: at 320×400 shows map, legend and panel without the page chrome, and opens the full view', async (lang, { browser }) => {
    const query = `?lang=${lang}&map=4/45/60&layers=protest,csto&sel=KAZ&debug=1&embed=1`;
    const s = await ready(browser, query, { viewport: { width: 320, height: 400 } });
    expect(await s.page.locator('.top-bar').count()).toBe(0);
    expect(await s.page.getByRole('button', { name: WORDS[lang].image }).count()).toBe(0);
    const fits = await s.page.evaluate(() => ({
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      map: document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().height,
      panel: document.querySelector('.context-panel')!.getBoundingClientRect().height,
      layers: document.querySelector('.layer-panel')!.getBoundingClientRect().width,
    }));
    expect(fits.scroll).toEqual([320, 400]);
    expect(fits.map).toBeGreaterThan(150);
    expect(fits.panel).toBeGreaterThan(100);
    expect(fits.layers).toBeGreaterThan(0);
    const link = s.page.getByRole('link', { name: WORDS[lang].fullView });
    await link.hover();
    const full = new URL((await link.getAttribute('href'))!);
    const expected = new URL(baseUrl() + query);
    expected.searchParams.delete('embed');
    expect(Object.fromEntries(full.searchParams)).toEqual(Object.fromEntries(expected.searchParams));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await axeViolations(s.page)).toEqual([]);
    await clean(s);
  });
});

interface PdfImage {
  width: number;
  height: number;
  pixels: Buffer;
}

/** The pages' sizes and the images of a PDF as Chromium writes it (uncompressed object dictionaries). */
function readPdf(pdf: Buffer): { pages: number; mediaBoxes: number[][]; images: PdfImage[] } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type \/Page\b/g) ?? []).length;
  const mediaBoxes = [...text.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
  const images: PdfImage[] = [];
  for (const m of text.matchAll(/<<([^<>]*\/Subtype \/Image[^<>]*)>>\s*stream\r?\n/g)) {
    const dict = m[1]!;
    const num = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1]);
    const start = m.index + m[0].length;
    const raw = pdf.subarray(start, start + num('Length'));
    if (!/\/FlateDecode/.test(dict) || !/ICCBased|DeviceRGB/.test(dict)) continue;
    images.push({ width: num('Width'), height: num('Height'), pixels: inflateSync(raw) });
  }
  return { pages, mediaBoxes, images };
}

describe.concurrent('print', { timeout: SLOW }, () => {
  // Points: A4 is 210×297 mm, Letter 8.5×11 in.
  const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

  it('puts the map picture, the open panel and its sources on A4 and Letter', async ({ browser, expect }) => {
    const s = await ready(browser, '?debug=1&lang=en&sel=ARM');
    const canvas = await s.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      return { width: c.width, height: c.height, css: c.getBoundingClientRect().width };
    });

    // The browser's own print (Ctrl+P): beforeprint takes the map as drawn, at screen resolution.
    const a4 = readPdf(await s.page.pdf({ format: 'A4' }));
    expect(a4.pages).toBeGreaterThanOrEqual(1);
    for (const box of a4.mediaBoxes) {
      expect(box[2]).toBeCloseTo(PAPER.A4[0], -0.5);
      expect(box[3]).toBeCloseTo(PAPER.A4[1], -0.5);
    }
    const screenShot = a4.images.find((i) => i.width === canvas.width && i.height === canvas.height);
    expect(screenShot, `images: ${a4.images.map((i) => `${i.width}×${i.height}`).join(', ')}`).toBeDefined();
    expect(distinctColours(screenShot!.pixels, 31, 3)).toBeGreaterThan(200);

    // The Print button first makes a sharp picture (twice the map's CSS size), then prints.
    await s.page.evaluate(() => {
      window.print = () => Object.assign(window, { __printed: true });
    });
    await s.page.getByRole('button', { name: 'Print' }).click();
    await s.page.waitForFunction(() => (window as unknown as { __printed?: boolean }).__printed);
    await s.page.emulateMedia({ media: 'print' });
    const onPaper = await s.page.evaluate(() => {
      const shown = (sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        return !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      return {
        picture: shown('.print-map'),
        canvas: shown('.maplibregl-canvas'),
        heading: shown('.entity h2') && document.querySelector('.entity h2')!.textContent,
        sources: shown('.sources') && document.querySelector('.sources')!.textContent,
        credits: shown('.print-footer') && document.querySelector('.print-footer')!.textContent,
        buttons: shown('.share-bar'),
      };
    });
    expect(onPaper).toMatchObject({ picture: true, canvas: false, heading: 'Armenia', buttons: false });
    expect(onPaper.sources).toMatch(/Panorama\.am/);
    expect(onPaper.credits).toMatch(/Natural Earth/);
    await s.page.emulateMedia({ media: null });

    const letter = readPdf(await s.page.pdf({ format: 'Letter' }));
    expect(letter.pages).toBeGreaterThanOrEqual(1);
    for (const box of letter.mediaBoxes) {
      expect(box[2]).toBeCloseTo(PAPER.Letter[0], -0.5);
      expect(box[3]).toBeCloseTo(PAPER.Letter[1], -0.5);
    }
    const sharp = letter.images.find((i) => i.width === canvas.css * 2);
    expect(sharp, `images: ${letter.images.map((i) => `${i.width}×${i.height}`).join(', ')}`).toBeDefined();
    expect(distinctColours(sharp!.pixels, 31, 3)).toBeGreaterThan(200);
    await clean(s);
  });
});

const PHONE = { width: 360, height: 740 };
/** Every language, English first: the pages below open in it and switch to the others. */
const OPENED_IN_EN = ['en', ...LANGS.filter((l) => l !== 'en')] as const;
const WIDE = { width: 1280, height: 800 };
const ENGINE = { en, ar, ru } as const;
const SHARE_ACTIONS = ['link', 'image', 'print', 'embed', 'figures', 'data'] as const;

/** The page's language, once the switch has reached it. */
const inLang = (s: Session, lang: Lang, expect: ExpectStatic) =>
  expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(lang);

/** Takes a share action as a reader would: from the Share menu where there is one, else its own button. */
async function share(page: Page, lang: Lang, action: (typeof SHARE_ACTIONS)[number], touch: boolean): Promise<void> {
  const words = ENGINE[lang].share;
  const press = (l: ReturnType<Page['getByRole']>) => (touch ? l.tap() : l.click());
  const menu = page.getByRole('button', { name: words.menu, exact: true });
  if (await menu.isVisible()) {
    await press(menu);
    await press(page.getByRole('menuitem', { name: words[action] }));
  } else await press(page.getByRole('button', { name: words[action], exact: true }));
}

describe.concurrent('the share bar on a phone', { timeout: SLOW }, () => {
  it('puts every share action in a Share menu that a finger and the keys both work, nothing cut off or scrolling sideways, in every language', async ({ browser, expect }) => {
    const s = await ready(browser, '?debug=1&lang=en', { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    for (const lang of OPENED_IN_EN) {
      if (lang !== 'en') await chooseLang(s.page, lang);
      await inLang(s, lang, expect);
      const words = ENGINE[lang].share;
      // Every button of the top bar whole on the screen, finger-sized; nothing in it scrolls sideways.
      const bar = await s.page.evaluate(() => {
        const shown = [...document.querySelectorAll<HTMLElement>('.top-bar button')].filter((b) => b.getBoundingClientRect().width > 0);
        return {
          off: shown
            .filter((b) => {
              const r = b.getBoundingClientRect();
              return r.left < 0 || r.right > innerWidth || r.top < 0 || r.width < 44 || r.height < 44;
            })
            .map((b) => b.textContent),
          sideways: [...document.querySelectorAll<HTMLElement>('.top-bar, .top-bar *')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
            .map((e) => e.className),
          page: document.documentElement.scrollWidth,
        };
      });
      expect(bar.off, `${lang}: buttons cut or small`).toEqual([]);
      expect(bar.sideways, `${lang}: scrolling sideways`).toEqual([]);
      expect(bar.page).toBe(PHONE.width);
      // The actions themselves are not side by side on a phone: they are the menu's.
      for (const a of SHARE_ACTIONS) expect(await s.page.getByRole('button', { name: words[a], exact: true }).count(), words[a]).toBe(0);

      const trigger = s.page.getByRole('button', { name: words.menu, exact: true });
      expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
      expect(await trigger.getAttribute('aria-expanded')).toBe('false');
      const menu = s.page.getByRole('menu', { name: words.label });
      const items = menu.getByRole('menuitem');
      const focused = () => s.page.evaluate(() => document.activeElement?.textContent ?? null);

      // A finger: the menu opens on its first item, every item whole on screen, 44×44 px, on top.
      await trigger.tap();
      await expect.poll(() => items.allTextContents()).toEqual(SHARE_ACTIONS.map((a) => words[a]));
      expect(await trigger.getAttribute('aria-expanded')).toBe('true');
      expect(await trigger.getAttribute('aria-controls')).toBe(await menu.getAttribute('id'));
      const placed = await items.evaluateAll((list) =>
        list.map((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            name: b.textContent,
            inside: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight,
            big: r.width >= 44 && r.height >= 44,
            onTop: !!hit && b.contains(hit),
          };
        }),
      );
      for (const p of placed) expect(p, `${lang}: ${p.name}`).toMatchObject({ inside: true, big: true, onTop: true });
      expect(await focused()).toBe(words.link);
      if (lang === 'ar') expect(await axeViolations(s.page), 'the open menu').toEqual([]);
      // A touch elsewhere closes it.
      await s.page.locator('.top-bar h1').tap();
      await expect.poll(() => menu.count()).toBe(0);

      // The keys (WAI-ARIA menu button): Enter opens on the first item; Down, Up, Home and End move,
      // round the ends; Escape closes and gives focus back; Up opens on the last; Tab leaves.
      await trigger.focus();
      await s.page.keyboard.press('Enter');
      await expect.poll(focused).toBe(words.link);
      const ring = await s.page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      expect(ring, `${lang}: a visible focus ring`).toBe(true);
      await s.page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(words.image);
      await s.page.keyboard.press('End');
      expect(await focused()).toBe(words.data);
      await s.page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(words.link);
      await s.page.keyboard.press('ArrowUp');
      expect(await focused()).toBe(words.data);
      await s.page.keyboard.press('Home');
      expect(await focused()).toBe(words.link);
      await s.page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
      expect(await trigger.evaluate((b) => b === document.activeElement)).toBe(true);
      await s.page.keyboard.press('ArrowUp');
      await expect.poll(focused).toBe(words.data);
      await s.page.keyboard.press('Tab');
      await expect.poll(() => menu.count()).toBe(0);
    }

    // An item does what its button did: the sources' dialog opens, and closing it gives focus back to the menu's button.
    const trigger = s.page.getByRole('button', { name: ru.share.menu, exact: true });
    await trigger.tap();
    await s.page.getByRole('menuitem', { name: ru.share.data }).tap();
    const dialog = s.page.getByRole('dialog', { name: ru.share.data });
    await dialog.waitFor();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await trigger.evaluate((b) => b === document.activeElement)).toBe(true);
    await clean(s);
  });

  it('in Arabic keeps each outlet’s name whole in the figures table («Panorama.am» on one line), the table within its dialog', async ({ browser, expect }) => {
    const s = await ready(browser, '?debug=1&lang=ar', { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    await share(s.page, 'ar', 'figures', true);
    const dialog = s.page.getByRole('dialog');
    await dialog.locator('table.figures tbody tr').first().waitFor();
    const sources = await dialog.evaluate((d) =>
      [...d.querySelectorAll('table.figures tbody td:nth-child(3) bdi')].map((bdi) => {
        const text = bdi.firstChild!;
        // Each word of the source, and the lines it is drawn on.
        const words = [...(text.textContent ?? '').matchAll(/\S+/gu)].map((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return { word: m[0], lines: lines.size };
        });
        return { source: bdi.textContent, split: words.filter((w) => w.lines !== 1).map((w) => w.word) };
      }),
    );
    expect(sources.map((s) => s.source)).toContain('Panorama.am');
    for (const source of sources) expect(source.split, `words of «${source.source}» broken across lines`).toEqual([]);
    const scroll = await dialog.locator('.table-scroll').evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]!);
    await clean(s);
  });
});

describe.concurrent('the share notice', { timeout: SLOW }, () => {
  for (const [name, viewport] of [['a phone', PHONE], ['1280×800', WIDE]] as const)
    it(`on ${name} lies over no control after Copy link, and goes at the next touch elsewhere, in every language`, async ({ browser, expect }) => {
      const phone = viewport === PHONE;
      const s = await ready(browser, '?debug=1&lang=en', { viewport, hasTouch: phone, reducedMotion: 'reduce' });
      await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
      const notice = s.page.locator('.share-notice');
      for (const lang of OPENED_IN_EN) {
        if (lang !== 'en') await chooseLang(s.page, lang);
        await inLang(s, lang, expect);
        const words = ENGINE[lang].share;
        await share(s.page, lang, 'link', phone);
        await expect.poll(() => notice.textContent()).toBe(words.linkCopied);
        await expect.poll(() => notice.isVisible()).toBe(true);
        const under = await notice.evaluate((n) => {
          const box = n.getBoundingClientRect();
          const controls = document.querySelectorAll<HTMLElement>(
            'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"]):not(canvas), .maplibregl-ctrl, .maplibregl-ctrl-attrib',
          );
          return [...controls]
            .filter((c) => !n.contains(c) && c.getBoundingClientRect().width > 0)
            .filter((c) => {
              const r = c.getBoundingClientRect();
              return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
            })
            .map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim().slice(0, 30) ?? c.tagName);
        });
        expect(under, `${lang}: controls under the notice`).toEqual([]);
        // Within the screen.
        const box = await notice.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
        // A touch on the title puts it away; the message stays for assistive technology's record.
        const title = s.page.locator('.top-bar h1');
        if (phone) await title.tap();
        else await title.click();
        await expect.poll(() => notice.isVisible()).toBe(false);
      }
      await clean(s);
    });
});
