/**
 * The pictures the page names in its head: the preview for shared links (the app's first view
 * at 1200×630, public/preview.jpg) and the PNG icons of the web app manifest, drawn from
 * public/favicon.svg. Run after `npm run build`; commit what it writes.
 */
import { readFileSync } from 'node:fs';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './chromium';
import { serve } from './serve';

const publicDir = (name: string) => new URL(`../public/${name}`, import.meta.url).pathname;

const server = await serve(0);
const browser = await chromium.launch({ executablePath: await browserPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, locale: 'en-GB', reducedMotion: 'reduce' });
  await page.goto(`${server.url}?debug=1&lang=en`);
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __map?: MapLibreMap }).__map;
      return map?.loaded() && map.areTilesLoaded() && !map.isMoving();
    },
    undefined,
    { timeout: 60_000, polling: 200 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: publicDir('preview.jpg'), quality: 80 });

  const svg = readFileSync(publicDir('favicon.svg'), 'base64');
  for (const size of [192, 512]) {
    const icon = await browser.newPage({ viewport: { width: size, height: size } });
    await icon.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}"></body>`,
    );
    await icon.locator('img').screenshot({ path: publicDir(`icon-${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
  await server.close();
}
