import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../domain/features';
import { selectionId } from '../../domain/features';
import { chapterBounds } from '../../domain/chapters';
import { chapters } from './chapters';
import { eventById } from './events';
import { excerpts } from './excerpts';
import { LAYERS } from './layers';
import { foreignIn, sameFigures } from './russian';

const dir = new URL('../../../geodata/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
const collections: Record<string, LayerCollection> = Object.fromEntries(
  files.map((f) => [f.replace('.geojson', ''), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LayerCollection]),
);
const all = Object.values(collections);
const selectionIds = new Set(all.flatMap((c) => c.features.map((f) => selectionId(f.properties))));
const ownIds = new Set(all.flatMap((c) => c.features.map((f) => f.properties.id)));
/** Ids a chapter can show, by the layer that holds them (thematic layers and the base map). */
const layerOf = (id: string): string[] =>
  Object.entries(collections)
    .filter(([, c]) => c.features.some((f) => selectionId(f.properties) === id))
    .map(([name]) => name);

describe('chapters', () => {
  it('there are 7 to 10, with unique ids', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(chapters.length).toBeLessThanOrEqual(10);
    const ids = chapters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the episodes layer file exists for the chapters that show it', () => {
    expect(files).toContain('episodes.geojson');
  });

  it('the first chapter frames the whole of Kazakhstan, not Mangystau alone', () => {
    const [[w, s], [e, n]] = chapterBounds(chapters[0]!, all)!;
    const [[kw, ks], [ke, kn]] = chapterBounds({ features: ['KAZ'] }, all)!;
    expect([w <= kw, s <= ks, e >= ke, n >= kn]).toEqual([true, true, true, true]);
  });

  it('the chapter on the struggle for power shows the capital over the regions, with no routes across it', () => {
    const c = chapters.find((ch) => ch.id === 'hypotheses')!;
    expect(c.highlight).toBe('nur_sultan');
    expect(c.layers).toContain('regions');
    expect(c.layers).not.toContain('csto');
  });

  for (const c of chapters) {
    describe(c.id, () => {
      it('has a title and a caption in every language, the Russian with the English figures', () => {
        for (const t of [c.title, c.text, ...(c.figures ?? []).map((f) => f.what)]) {
          expect(t.en.trim()).not.toBe('');
          expect(t.ar.trim()).not.toBe('');
          expect(t.ar).toMatch(/[\u0600-\u06FF]/);
          expect(typeof t.ru, t.en).toBe('string');
          expect(foreignIn(t.ru), t.ru).toEqual([]);
          expect(sameFigures(t.ru, t.en), t.ru).toBe(true);
        }
      });

      it('frames and highlights features that exist in the geodata files', () => {
        expect(c.features.length).toBeGreaterThan(0);
        for (const id of c.features) expect(selectionIds.has(id), id).toBe(true);
        for (const id of c.fitTo ?? []) expect(ownIds.has(id) || selectionIds.has(id), id).toBe(true);
        if (c.highlight !== undefined) expect(c.features).toContain(c.highlight);
      });

      it('shows a layer that holds each of its thematic features', () => {
        for (const id of c.features) {
          const files = layerOf(id);
          const thematic = LAYERS.filter((l) => files.includes(l.file.id)).map((l) => l.id);
          if (thematic.length > 0) expect(thematic.some((l) => c.layers.includes(l)), id).toBe(true);
        }
        expect(new Set(c.layers).size).toBe(c.layers.length);
      });

      it('quotes excerpts that exist', () => {
        expect(c.excerpts.length).toBeGreaterThan(0);
        for (const id of c.excerpts) expect(excerpts[id], id).toBeDefined();
        expect(new Set(c.excerpts).size).toBe(c.excerpts.length);
      });

      it('covers events that exist', () => {
        for (const id of c.events ?? []) expect(eventById[id], id).toBeDefined();
      });

      it('has finite bounds inside the world, west < east and south < north', () => {
        const b = chapterBounds(c, all);
        expect(b).not.toBeNull();
        const [[w, s], [e, n]] = b!;
        for (const v of [w, s, e, n]) expect(Number.isFinite(v)).toBe(true);
        expect(w).toBeGreaterThanOrEqual(-180);
        expect(e).toBeLessThanOrEqual(180);
        expect(s).toBeGreaterThanOrEqual(-90);
        expect(n).toBeLessThanOrEqual(90);
        expect(w).toBeLessThan(e);
        expect(s).toBeLessThan(n);
      });
    });
  }

  it('frames the way from Moscow to Almaty without all of Russia', () => {
    const arrival = chapters.find((c) => c.id === 'arrival')!;
    const [[w, s], [e, n]] = chapterBounds(arrival, all)!;
    expect(w).toBeCloseTo(37.6155, 3);
    expect(e).toBeCloseTo(77.02, 1);
    expect(s).toBeLessThan(43.3);
    expect(n).toBeCloseTo(55.7522, 3);
  });

  it('follows the story in time: dated chapters do not go back', () => {
    const dates = chapters.flatMap((c) => (c.date ? [c.date] : []));
    expect(dates).toEqual([...dates].sort());
  });
});
