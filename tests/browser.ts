import AxeBuilder from '@axe-core/playwright';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { inject, test } from 'vitest';
import { CHROMIUM_ARGS } from '../scripts/chromium';
import { fileIds, story } from '../src/domain/story';
import type { Lang } from '../src/domain/lang';

/** The browser tests/setup.ts chose (see scripts/chromium.ts), with the project's flags. */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('browserPath'),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * `it` with a `browser` for the file: launched before its first test that asks for it, closed
 * after its last. `import { withBrowser as it } from './browser'`, then `async ({ browser }) => …`.
 */
export const withBrowser = test.extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
  const browser = await launch();
  onCleanup(() => browser.close());
  return browser;
});

/** The app's MapLibre map (`debug=1` puts it on `window.__map`) as the argument of a function run in the page. */
export async function onMap<R, A = undefined>(
  page: Page | Frame,
  fn: (map: MapLibreMap, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const map = await page.evaluateHandle(() => (window as unknown as { __map: MapLibreMap }).__map);
  try {
    // Playwright types the argument as it arrives in the page; these arguments are plain JSON.
    return await map.evaluate(fn as (map: MapLibreMap, arg: unknown) => R | Promise<R>, arg);
  } finally {
    await map.dispose();
  }
}

export const baseUrl = () => inject('baseUrl');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every console error and uncaught exception the page produced. */
  errors: string[];
  /** Every request whose origin is not the app's. */
  foreign: string[];
}

/** A new browser context and page; with a query, the app opened at it. */
export async function open(
  browser: Browser,
  query: string | null = '?debug=1',
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    /** Another build's address (the test story's) instead of the app's. */
    base?: string;
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1100, height: 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const base = options.base ?? baseUrl();
  const origin = new URL(base).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  if (query !== null) await page.goto(base + query);
  return { context, page, errors, foreign };
}

/** Records Content-Security-Policy violations from the next navigation on; read them with `cspViolations`. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export const cspViolations = (page: Page | Frame): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);


/** The files the timeline never empties. */
export const UNTIMED_FILES = fileIds().filter((f) => !story().layers.some((l) => l.file.id === f && l.timed));

/** Waits until the layer files are on the map and the map has drawn them (in a page or an iframe). */
export async function mapIdle(page: Page | Frame, files: readonly string[] = fileIds()): Promise<void> {
  // One check for the wait and for the reason it failed; `explain` picks which it answers.
  const check = ({ list, explain }: { list: readonly string[]; explain: boolean }) => {
    const map = (window as unknown as { __map?: import('maplibre-gl').Map }).__map;
    const empty = list.filter((f) => {
      const data = (map?.getSource(f)?.serialize() as { data?: { features?: unknown[] } } | undefined)?.data;
      return (data?.features?.length ?? 0) === 0;
    });
    const why = !map
      ? ['no map']
      : [
          ...(map.loaded() ? [] : ['not loaded']),
          ...(map.areTilesLoaded() ? [] : ['tiles loading']),
          ...(empty.length > 0 ? [`empty: ${empty.join(', ')}`] : []),
        ];
    return explain ? why.join('; ') : why.length === 0;
  };
  try {
    await page.waitForFunction(check, { list: files, explain: false }, { timeout: 45_000, polling: 100 });
  } catch (e) {
    const why = await page.evaluate(check, { list: files, explain: true }).catch(() => 'the page is gone');
    throw new Error(`The map did not settle in 45 s (${String(why)}): ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        if (!map.isMoving() && map.loaded()) requestAnimationFrame(() => done());
        else map.once('idle', () => done());
      }),
  );
}

/** What the map outlines as selected, by selection id, as JSON. */
export const selectedOnMap = (page: Page): Promise<string> =>
  onMap(page, (map) => {
    const data = map.getSource('selection')?.serialize() as { data?: { features?: { properties: { id: string; ref?: string } }[] } };
    return JSON.stringify((data.data?.features ?? []).map((f) => f.properties.ref ?? f.properties.id));
  });

/**
 * The labels of these layers that run past the map's edge (a label's box keeps 2 px of padding
 * round its text: one reaching 2 px past the edge is cut), by name and by the id of what they
 * stand for: a circle's label is its place's name, standing for the feature its `ref` names.
 */
export const pastEdge = (page: Page, layers: readonly string[], lang: Lang): Promise<{ name: string; id: string }[]> =>
  onMap(
    page,
    (map, { layers, lang }) => {
      const present = layers.filter((l) => map.getLayer(l));
      const { width: w, height: h } = map.getContainer().getBoundingClientRect();
      const strips: [[number, number], [number, number]][] = [
        [[-60, 0], [-2, h]],
        [[w + 2, 0], [w + 60, h]],
        [[0, -60], [w, -2]],
        [[0, h + 2], [w, h + 60]],
      ];
      const cut = new Map<string, { name: string; id: string }>();
      for (const strip of strips)
        for (const f of map.queryRenderedFeatures(strip, { layers: present })) {
          const p = f.properties as Record<string, string | undefined>;
          const name = f.layer.id === 'csto-figures' ? p[`capital_${lang}`] : (p[`name_${lang}`] ?? p.name_en);
          if (name !== undefined) cut.set(name, { name, id: String(p.ref ?? p.id) });
        }
      return [...cut.values()];
    },
    { layers, lang },
  );

/** Clicks the map canvas at a geographic position, as a person would with the mouse. */
export async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const { x, y } = await page.evaluate(
    ([lng, la]) => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const p = map.project([lng as number, la as number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat],
  );
  await page.mouse.click(x, y);
}

/** What axe-core finds against WCAG 2.2 AA, one line per rule with the first few elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only the violations in full: the passes, one element each, are less for the page to gather and to send.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** Picks a language from the language menu, as a reader does. */
export async function chooseLang(page: Page, lang: Lang): Promise<void> {
  await page.locator('.lang-switch').click();
  await page.locator(`.lang-list [lang="${lang}"]`).click();
}
