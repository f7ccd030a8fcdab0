import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launch, mapIdle, open, UNTIMED_FILES } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 360, height: 740 };

describe.concurrent('panels on paper and under a finger', () => {
  it('prints no controls, and the legend of what is drawn with each swatch beside its words, in Arabic', async ({ expect }) => {
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
    // Chapter 4 draws the members and Almaty: their legends, and no other layer's.
    expect(paper.layers.sort()).toEqual(['almaty', 'csto']);
    expect(paper.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of paper.rows) expect(row.gap, row.words ?? '').toBeLessThan(16);
    expect(paper.credits).toMatch(/Natural Earth/);
    // The outlets behind the figures drawn, as the saved image names them.
    expect(paper.credits).toMatch(/الأرقام: /);
    await s.context.close();
  });

  it('gives every main control on a phone at least 44×44 px', async ({ expect }) => {
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
    await s.context.close();
  });
});
