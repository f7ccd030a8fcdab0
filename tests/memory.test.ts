import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launch, mapIdle, open } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch(['--js-flags=--expose-gc']);
});
afterAll(async () => {
  await browser?.close();
});

it('300 interactions leave the heap within 20% of the warmed-up heap and one WebGL context', { timeout: 300_000 }, async () => {
  const s = await open(browser, null, { reducedMotion: 'reduce' });
  await s.page.addInitScript(() => {
    const w = window as unknown as { __contexts: number };
    w.__contexts = 0;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      const ctx = (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      if (ctx && /webgl/.test(kind) && !(this as unknown as { __counted?: boolean }).__counted) {
        (this as unknown as { __counted?: boolean }).__counted = true;
        w.__contexts++;
      }
      return ctx;
    } as typeof original;
  });
  await s.page.goto(`${baseUrl()}?debug=1`);
  await mapIdle(s.page);
  const cdp = await s.context.newCDPSession(s.page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const first = await heap();

  const boxes = await s.page.getByRole('checkbox').all();
  const ids = await s.page.locator('.entity-list button').evaluateAll((b) => b.map((x) => x.getAttribute('data-id')!));
  // The map fills its caches (tiles, glyphs, programs) the first time each thing is shown: one
  // pass over everything first, so that what is measured after is growth, not warm-up.
  for (const box of boxes) {
    await box.click();
    await box.click();
  }
  for (const id of ids) {
    await s.page.locator(`.entity-list [data-id="${id}"]`).click();
    await s.page.locator('.entity').waitFor();
    await s.page.keyboard.press('Escape');
  }
  await s.page.locator('.lang-switch').click();
  await s.page.locator('.lang-switch').click();
  await mapIdle(s.page);
  const warm = await heap();

  let done = 0;
  for (let round = 0; done < 300; round++) {
    const box = boxes[round % boxes.length]!;
    await box.click();
    await box.click();
    const id = ids[round % ids.length]!;
    await s.page.locator(`.entity-list [data-id="${id}"]`).click();
    await s.page.locator('.entity').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.locator('.intro').waitFor();
    done += 4;
    if (round % 10 === 9) {
      await s.page.locator('.lang-switch').click();
      await s.page.locator('.lang-switch').click();
      done += 2;
    }
  }
  await mapIdle(s.page);
  const after = await heap();
  const contexts = await s.page.evaluate(() => (window as unknown as { __contexts: number }).__contexts);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `memory: first load ${mb(first)}, warmed up ${mb(warm)}, after ${done} more interactions ${mb(after)} (${((after / warm - 1) * 100).toFixed(1)}% over warm, ${((after / first - 1) * 100).toFixed(1)}% over first load), WebGL contexts ${contexts}`,
  );
  expect(after).toBeLessThanOrEqual(warm * 1.2);
  expect(contexts).toBe(1);
  expect(s.errors).toEqual([]);
  await s.context.close();
});
