import type { Page } from 'playwright-core';
import { describe, type ExpectStatic } from 'vitest';
import { MARKED_BELOW } from '../src/map/kinds/symbols';
import { LABEL_LAYERS } from '../src/map/style';
import { mapIdle, onMap, open, pastEdge, withBrowser as it } from './browser';

/** The map's point symbols. */
const SYMBOLS = ['csto-circles', 'places-points', 'protest-points', 'almaty-points', 'almaty-airport', 'episodes-points'];

interface Seen {
  /** Every name drawn, once per feature. */
  names: string[];
  /** Labels lying on a point symbol other than their own. */
  onSymbols: string[];
  /** Labels under a control of the map. */
  underControls: string[];
}

/** What the map's labels look like now, as MapLibre placed them (hidden labels are not returned). */
function seen(page: Page, lang: string): Promise<Seen> {
  return onMap(
    page,
    (map, { labels, symbols, lang }) => {
      const present = (ids: string[]) => ids.filter((l) => map.getLayer(l));
      const name = (f: import('maplibre-gl').MapGeoJSONFeature) => {
        const p = f.properties as Record<string, string | undefined>;
        return f.layer.id === 'csto-figures' ? p[`capital_${lang}`] : (p[`name_${lang}`] ?? p.name_en);
      };
      const key = (f: import('maplibre-gl').MapGeoJSONFeature) => `${f.source}/${String(f.properties.id)}`;
      // A feature cut by tiles comes back once per tile: one name per feature.
      const placed = new Map<string, string>();
      for (const f of map.queryRenderedFeatures({ layers: present(labels) })) {
        const n = name(f);
        if (n) placed.set(`${f.layer.id}/${key(f)}`, n);
      }
      const onSymbols: string[] = [];
      for (const s of map.queryRenderedFeatures({ layers: present(symbols) })) {
        if (s.geometry.type !== 'Point') continue;
        const c = map.project(s.geometry.coordinates as [number, number]);
        const radius = Number((s.layer.paint as Record<string, unknown>)['circle-radius'] ?? 4);
        // A city below the zoom its dot starts at is not drawn: a name may pass over it.
        if (!(radius > 0)) continue;
        const r = Math.max(1, radius - 1);
        const hits = map.queryRenderedFeatures(
          [
            [c.x - r, c.y - r],
            [c.x + r, c.y + r],
          ],
          { layers: present(labels) },
        );
        // A point's own name sits beside it; the same place drawn by another file is itself too.
        const own = (f: import('maplibre-gl').MapGeoJSONFeature) =>
          key(f) === key(s) || name(f) === (s.properties as Record<string, string>)[`name_${lang}`];
        for (const f of hits) if (!own(f)) onSymbols.push(`${name(f) ?? f.layer.id} on ${String(s.properties.id)}`);
      }
      const box = map.getContainer().getBoundingClientRect();
      const underControls: string[] = [];
      for (const el of map.getContainer().querySelectorAll('.maplibregl-ctrl')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        const hits = map.queryRenderedFeatures(
          [
            [r.left - box.left, r.top - box.top],
            [r.right - box.left, r.bottom - box.top],
          ],
          { layers: present(labels) },
        );
        for (const f of hits) underControls.push(`${name(f) ?? f.layer.id} under ${el.className}`);
      }
      return {
        names: [...placed.values()],
        onSymbols: [...new Set(onSymbols)],
        underControls: [...new Set(underControls)],
      };
    },
    { labels: [...LABEL_LAYERS], symbols: SYMBOLS, lang },
  );
}

/**
 * The labels once the map has re-placed them clear of its controls: the squares that keep
 * names from under a control follow the camera a frame after it rests, and the names move
 * after them. A name that stays under a control fails the poll.
 */
async function settled(page: Page, lang: string, expect: ExpectStatic, least = 0): Promise<Seen> {
  let last: Seen | undefined;
  await expect
    .poll(async () => {
      last = await seen(page, lang);
      return last.names.length >= least ? last.underControls : [`only ${last.names.length} names`];
    })
    .toEqual([]);
  return last!;
}

const twice = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

/** Named in the deepest view over Almaty. */
const DEEPEST = {
  en: ['Almaty', 'Almaty International Airport'],
  ar: ['ألماتا', 'مطار ألماتا'],
  ru: ['Алматы', 'Международный аэропорт Алматы'],
};

const FIRST_VIEW = {
  en: ['Russia', 'Moscow', 'Minsk', 'Yerevan', 'Bishkek', 'Dushanbe', 'Nur-Sultan', 'Kyiv', 'Armenia', 'Kyrgyzstan', 'Kazakhstan', 'Almaty'],
  ar: ['روسيا', 'موسكو', 'مينسك', 'يريفان', 'بيشكيك', 'دوشنبه', 'نور سلطان', 'كييف', 'أرمينيا', 'قرغيزستان', 'كازاخستان', 'ألماتا'],
  ru: ['Россия', 'Москва', 'Минск', 'Ереван', 'Бишкек', 'Душанбе', 'Нур-Султан', 'Киев', 'Армения', 'Кыргызстан', 'Казахстан', 'Алматы'],
};

describe.concurrent('the map’s names', () => {
  it.for([
    [1280, 800, 'en'],
    [1280, 800, 'ar'],
    [1280, 800, 'ru'],
    [360, 740, 'en'],
    [360, 740, 'ar'],
    [360, 740, 'ru'],
  ] as const)('at %i×%i in %s: the actors named and none cut by the edge, Almaty and its airport at the deepest zoom, no name twice, none on a symbol or under a control', async ([width, height, lang], { browser, expect }) => {
    const s = await open(browser, `?debug=1&lang=${lang}`, { viewport: { width, height }, locale: lang === 'ar' ? 'ar' : 'en-GB' });
    await mapIdle(s.page);
    const first = await settled(s.page, lang, expect);
    expect(FIRST_VIEW[lang].filter((n) => !first.names.includes(n))).toEqual([]);
    // No actor's name runs off the map (other countries' names may, as on any map cut from a larger one).
    expect((await pastEdge(s.page, LABEL_LAYERS, lang)).map((l) => l.name).filter((n) => FIRST_VIEW[lang].includes(n))).toEqual([]);
    expect(twice(first.names)).toEqual([]);
    expect(first.onSymbols).toEqual([]);
    // Each troop circle carries the figure that sets its size.
    const figures = await onMap(
      s.page,
      (map, lang) =>
        map
          .queryRenderedFeatures({ layers: ['csto-figures'] })
          .map((f) => String(f.properties[`figure_${lang}`])),
      lang,
    );
    expect(new Set(figures).size).toBe(5);
    expect(figures.filter((f) => /reported|حسب التقارير|сообщалось/.test(f)).length).toBeGreaterThan(0);
    // On a phone the hedges are marks (Minsk's in words ran past the edge), which the legend explains.
    const zoom = await onMap(s.page, (map) => map.getZoom());
    expect(zoom < MARKED_BELOW, `zoom ${zoom}`).toBe(width < 760);

    // Closer in, with the regions named: still no name twice (a region named like its city says so).
    // A phone's map is a third as wide: a step further out shows as much of Kazakhstan.
    await onMap(
      s.page,
      (map, zoom) => {
        map.jumpTo({ center: [62, 48.5], zoom });
      },
      width < 760 ? 4 : 5,
    );
    await mapIdle(s.page);
    // Names are placed over the frames after the jump: wait until they are.
    const near = await settled(s.page, lang, expect, width < 760 ? 3 : 6);
    expect(twice(near.names)).toEqual([]);
    expect(near.onSymbols).toEqual([]);

    // The deepest view over Almaty: the city and its airport named, beside their dots.
    await onMap(s.page, (map) => {
      map.jumpTo({ center: [76.92, 43.29], zoom: map.getMaxZoom() });
    });
    await mapIdle(s.page);
    await expect.poll(async () => (await seen(s.page, lang)).names).toEqual(expect.arrayContaining(DEEPEST[lang]));
    const deep = await settled(s.page, lang, expect);
    expect(twice(deep.names)).toEqual([]);
    expect(deep.onSymbols).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
