import { describe } from 'vitest';
import { readFileSync } from 'node:fs';
import { iframeSnippet } from '../src/domain/share';
import { LANGS } from '../src/domain/lang';
import { baseUrl, chooseLang, mapIdle, onMap, open, UNTIMED_FILES, withBrowser as it } from './browser';


const PHONE = { width: 360, height: 740 };
/** Every language, English first: the pages below open in it and switch to the others. */
const OPENED_IN_EN = ['en', ...LANGS.filter((l) => l !== 'en')] as const;
const places = JSON.parse(readFileSync(new URL('../geodata/places.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
};
/** What the first view is about: Zhanaozen, Almaty and the capitals of the members that sent troops. */
const FIRST_VIEW: [string, number, number][] = [
  ['zhanaozen', 52.8, 43.34],
  ['almaty', 76.9, 43.25],
  ...['moscow', 'minsk', 'yerevan', 'bishkek', 'dushanbe'].map((id): [string, number, number] => {
    const [lon, lat] = places.features.find((f) => f.properties.id === id)!.geometry.coordinates;
    return [id, lon, lat];
  }),
];

declare global {
  /** Set by the legend's test in its page. */
  function scroller(): Element | undefined;
}

describe.concurrent('panels on paper and under a finger', () => {
  it('prints no controls, and the legend of what is drawn with each swatch beside its words, in Arabic', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=ar&chapter=4', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    await s.page.locator('.tour h2').waitFor();
    await s.page.emulateMedia({ media: 'print' });
    const paper = await s.page.evaluate(() => {
      const shown = (e: Element) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height > 0;
      const controls = [...document.querySelectorAll('.timeline button, .timeline input, .tour button:not(.link), .story-actions button')].filter(shown);
      const rows = [...document.querySelectorAll('.legend li')].filter(shown).map((li) => {
        const [swatch, words] = [li.querySelector('svg')!.getBoundingClientRect(), li.querySelector('span')!.getBoundingClientRect()];
        return { words: li.textContent, gap: Math.max(swatch.left - words.right, words.left - swatch.right) };
      });
      const layers = [...document.querySelectorAll<HTMLElement>('.layer')].filter(shown).map((l) => l.dataset.layer);
      return { controls: controls.map((c) => c.outerHTML.slice(0, 80)), rows, layers, credits: document.querySelector('.print-footer')!.textContent };
    });
    expect(paper.controls).toEqual([]);
    // Chapter 4 draws the members and Almaty: their legends, and no other layer's, with the base map's dots.
    expect(paper.layers.sort()).toEqual(['almaty', 'base', 'csto']);
    expect(paper.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of paper.rows) expect(row.gap, row.words ?? '').toBeLessThan(16);
    expect(paper.credits).toMatch(/Natural Earth/);
    // The outlets behind the figures drawn, as the saved image names them.
    expect(paper.credits).toMatch(/الأرقام: /);
    await s.context.close();
  });

  it('gives every main control on a phone at least 44×44 px, none of the map’s buttons under the folded layer panel', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en&chapter=2', { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    await s.page.locator('.tour h2').waitFor();
    const small = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button:not(.link):not(.mark)')]
        .filter((b) => b.offsetParent !== null)
        .map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ name, r }) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    // The folded layer panel is a small button beside the map's own: it hides none of them.
    const covered = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl button')]
        .filter((b) => b.offsetParent !== null)
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !b.contains(hit);
        })
        .map((b) => b.getAttribute('aria-label') ?? b.className),
    );
    expect(covered).toEqual([]);
    await s.context.close();
  });

  for (const column of [700, 900, 360])
    it(`embeds at its default size in a ${column} px column with every place of the first view on the map, clear of its controls`, async ({
      browser,
      expect,
    }) => {
      const s = await open(browser, null, { viewport: { width: 1000, height: 1000 } });
      const code = iframeSnippet(`${baseUrl()}?embed=1&debug=1&lang=en`, 'map');
      await s.page.setContent(`<!doctype html><main style="width:${column}px">${code}</main>`);
      await s.page.frameLocator('iframe').locator('.maplibregl-canvas').waitFor();
      const frame = s.page.frame({ url: /embed=1/ })!;
      await mapIdle(frame, UNTIMED_FILES);
      const hidden = await onMap(frame, (map, list) => {
        const canvas = map.getCanvas().getBoundingClientRect();
        const covers = [...document.querySelectorAll('.layer-panel, .maplibregl-ctrl')].map((e) => e.getBoundingClientRect());
        return list
          .map(([id, lon, lat]) => {
            const p = map.project([lon, lat]);
            const [x, y] = [p.x + canvas.left, p.y + canvas.top];
            const inside = x > canvas.left + 6 && x < canvas.right - 6 && y > canvas.top + 6 && y < canvas.bottom - 6;
            const under = covers.some((c) => x > c.left - 6 && x < c.right + 6 && y > c.top - 6 && y < c.bottom + 6);
            return inside && !under ? null : `${id} at ${Math.round(x)},${Math.round(y)}`;
          })
          .filter((h) => h !== null);
      }, FIRST_VIEW);
      expect(hidden).toEqual([]);
      await s.context.close();
    });

  it('on a phone leaves no tooltip once a tap opens the panel, and opens a place picked from the list at its heading', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en', { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    const heading = s.page.locator('.entity h2');
    const at = await onMap(s.page, (map) => {
      const p = map.project([67, 48.5]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await s.page.touchscreen.tap(at.x, at.y);
    await heading.waitFor();
    expect(await s.page.locator('.map-tooltip').count()).toBe(0);
    await s.page.locator('.entity .close').tap();
    await heading.waitFor({ state: 'detached' });

    const panel = s.page.locator('.context-panel');
    const last = s.page.locator('.entity-list button').last();
    await last.scrollIntoViewIfNeeded();
    const name = (await last.textContent())!;
    await last.tap();
    await expect.poll(() => heading.textContent()).toBe(name);
    const headingInView = () =>
      heading.evaluate((h) => {
        const [r, p] = [h.getBoundingClientRect(), h.closest('.context-panel')!.getBoundingClientRect()];
        return r.top >= p.top && r.bottom <= p.bottom;
      });
    await expect.poll(headingInView).toBe(true);
    expect(await panel.evaluate((p) => p.scrollTop)).toBe(0);
    await s.context.close();
  });

  it('Back after “What the map shows about it” returns to the article with the mark highlighted and the camera as it was', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en&panel=article', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    const param = (key: string) => new URL(s.page.url()).searchParams.get(key);
    const zoom = () => onMap(s.page, (map) => map.getZoom());
    await s.page.locator('.reader .mark[data-mark="KGZ"]').first().click();
    await expect.poll(() => param('sel')).toBe('KGZ');
    await mapIdle(s.page, UNTIMED_FILES);
    await expect.poll(() => param('map')).not.toBeNull();
    const before = await zoom();
    await s.page.getByRole('button', { name: 'What the map shows about it' }).click();
    await expect.poll(() => s.page.locator('.entity h2').textContent()).toBe('Kyrgyzstan');
    await s.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeGreaterThan(before + 0.5);
    await s.page.goBack();
    await expect.poll(() => param('panel')).toBe('article');
    expect(param('sel')).toBe('KGZ');
    await expect.poll(() => s.page.locator('.reader .mark[data-mark="KGZ"][aria-current="true"]').count()).toBeGreaterThan(0);
    await expect.poll(zoom).toBeCloseTo(before, 1);
    await expect.poll(() => Number(param('map')!.split('/')[0])).toBeCloseTo(before, 1);
    await s.context.close();
  });

  for (const viewport of [{ width: 1280, height: 800 }, PHONE])
    it(`at ${viewport.width}×${viewport.height} the open legend leaves the map in view: compact beside it, a bottom sheet on a phone`, async ({ browser, expect }) => {
      const phone = viewport.width < 760;
      const s = await open(browser, '?debug=1&lang=en', { viewport, hasTouch: phone, reducedMotion: 'reduce' });
      await mapIdle(s.page, UNTIMED_FILES);
      if (phone) await s.page.getByRole('button', { name: 'Layers' }).click();
      await s.page.getByRole('button', { name: 'Show legend' }).click();
      await s.page.locator('.legend li').first().waitFor();
      const cover = await s.page.evaluate(() => {
        const [m, p] = [document.querySelector('.maplibregl-canvas')!, document.querySelector('.layer-panel')!].map((e) => e.getBoundingClientRect());
        const w = Math.max(0, Math.min(m!.right, p!.right) - Math.max(m!.left, p!.left));
        const h = Math.max(0, Math.min(m!.bottom, p!.bottom) - Math.max(m!.top, p!.top));
        return { share: (w * h) / (m!.width * m!.height), inScreen: p!.top >= 0 && p!.bottom <= innerHeight && p!.left >= 0 && p!.right <= innerWidth };
      });
      // Every layer's legend is there, each entry shown.
      expect(await s.page.locator('.legend li:visible').count()).toBeGreaterThanOrEqual(12);
      expect(cover.inScreen).toBe(true);
      expect(cover.share).toBeLessThan(phone ? 0.1 : 0.2);
      await s.context.close();
    });
  it('at 1280×800 the open legend ends west of Yerevan and its label, scrolls inside with a cue while there is more, and shows its last entry whole, in every language', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await mapIdle(s.page, UNTIMED_FILES);
    await s.page.locator('.layer-panel-head > button').click();
    await s.page.locator('.legend li').first().waitFor();
    // The box in the panel that scrolls (the panel, or a part of it), for the functions run in the page.
    await s.page.evaluate(() => {
      Object.assign(window, {
        scroller: () =>
          [document.querySelector('.layer-panel')!, ...document.querySelectorAll('.layer-panel *')].find(
            (e) => /auto|scroll/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight,
          ),
      });
    });
    const [, lon, lat] = FIRST_VIEW.find(([id]) => id === 'yerevan')!;
    const cue = s.page.locator('.scroll-cue');
    for (const lang of OPENED_IN_EN) {
      if (lang !== 'en') await chooseLang(s.page, lang);
      await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await s.page.evaluate((to) => scroller()!.scrollTo(0, to), 0);
      const seen = await onMap(
        s.page,
        (map, [lon, lat]) => {
          const p = map.project([lon!, lat!]);
          const c = map.getCanvas().getBoundingClientRect();
          const panel = document.querySelector('.layer-panel')!.getBoundingClientRect();
          const box = scroller()!;
          return {
            yerevan: { x: c.left + p.x, y: c.top + p.y },
            panel: { top: panel.top, right: panel.right, bottom: panel.bottom },
            more: box.scrollHeight > box.clientHeight + 2,
          };
        },
        [lon, lat],
      );
      // Yerevan's label lies up to 70 px west of its point (or under it): the panel ends west of that, or lies below.
      expect(seen.panel.right < seen.yerevan.x - 60 || seen.panel.top > seen.yerevan.y + 30, `${lang}: the legend over Yerevan, ${JSON.stringify(seen)}`).toBe(true);
      expect(seen.panel.bottom).toBeLessThanOrEqual(800);
      // Every layer's legend does not fit half the map: the panel scrolls, and says so at its foot.
      expect(seen.more).toBe(true);
      await expect.poll(() => cue.isVisible()).toBe(true);
      await s.page.evaluate((to) => scroller()!.scrollTo(0, to), 1e6);
      await expect.poll(() => cue.count()).toBe(0);
      const last = await s.page.evaluate(() => {
        const box = scroller()!.getBoundingClientRect();
        const all = [...document.querySelectorAll<HTMLElement>('.layer-panel .legend li, .layer-panel .legend-note, .layer-panel .size-key')];
        const e = all.filter((x) => x.offsetParent !== null).at(-1)!;
        const r = e.getBoundingClientRect();
        return { text: e.textContent, top: r.top, bottom: r.bottom, boxTop: box.top, boxBottom: box.bottom };
      });
      expect(last.top, `${lang}: ${last.text}`).toBeGreaterThanOrEqual(last.boxTop);
      expect(last.bottom, `${lang}: ${last.text}`).toBeLessThanOrEqual(last.boxBottom + 0.5);
      expect(last.bottom).toBeLessThanOrEqual(800);
    }
    await s.context.close();
  });

  it('on a phone the tour’s buttons are one row at the sheet’s very foot: a chapter opens at its top, nothing shows below the bar, and the chapter’s last line scrolls clear above it, in every language', async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en&chapter=3', { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    await s.page.locator('.tour h2').waitFor();
    /** The sheet scrolled to a share of its length, and where the bar and the chapter are then. */
    const at = (share: number) =>
      s.page.evaluate((share) => {
        const panel = document.querySelector<HTMLElement>('.context-panel')!;
        if (share >= 0) panel.scrollTop = share * (panel.scrollHeight - panel.clientHeight);
        const box = panel.getBoundingClientRect();
        const nav = document.querySelector('.tour-nav')!.getBoundingClientRect();
        const text = document.querySelector('.tour h2 ~ p:not(.dateline):not(.hint)')!.getBoundingClientRect();
        const lastBefore = document.querySelector('.tour-nav')!.previousElementSibling!.getBoundingClientRect();
        const heading = document.querySelector('.tour h2')!.getBoundingClientRect();
        return {
          sheetTop: box.top + panel.clientTop,
          sheetBottom: box.top + panel.clientTop + panel.clientHeight,
          nav: { top: nav.top, bottom: nav.bottom },
          text: text.bottom,
          lastBefore: lastBefore.bottom,
          heading: heading.top,
          rows: new Set([...document.querySelectorAll('.tour-nav button')].map((b) => Math.round(b.getBoundingClientRect().top))).size,
        };
      }, share);
    let chapter = 3;
    for (const lang of OPENED_IN_EN) {
      if (lang !== 'en') {
        await chooseLang(s.page, lang);
        await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // The next chapter, so that it opens in this language.
        await s.page.locator('.tour-nav .primary').click();
        chapter++;
        await expect.poll(() => new URL(s.page.url()).searchParams.get('chapter')).toBe(String(chapter));
      }
      // The chapter opens at its top: its title near the sheet's top, not just above the bar.
      await expect.poll(async () => {
        const v = await at(-1);
        return v.heading - v.sheetTop;
      }).toBeLessThan(60);
      for (const share of [0, 0.35, 0.7, 1]) {
        const v = await at(share);
        // The bar at the sheet's very foot: no line of the chapter below it.
        expect(Math.abs(v.nav.bottom - v.sheetBottom), `${lang} at ${share}: ${JSON.stringify(v)}`).toBeLessThanOrEqual(1);
        expect(v.rows, `${lang}: the bar's rows`).toBe(1);
        if (share === 1) {
          // At the end, everything of the chapter is above the bar.
          expect(v.text).toBeLessThanOrEqual(v.nav.top);
          expect(v.lastBefore).toBeLessThanOrEqual(v.nav.top);
        }
      }
    }
    await s.context.close();
  });
});
