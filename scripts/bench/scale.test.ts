import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../src/domain/features';
import type { AreaGeometry, BBox4 } from '../../src/domain/geometry';
import { fileIds } from '../../src/domain/story';
import { formatProblem } from '../../src/domain/validate';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { checkFile } from '../geodata/check';
import { ROOT } from './config';
import { clearOf, scaleStory, type ScaleOptions } from './scale';

const story = Object.fromEntries(
  fileIds(FILES).map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'geodata', `${id}.geojson`), 'utf8')) as LayerCollection]),
);
const AREA: BBox4 = [19, 36.5, 83, 56.5];
const ALMATY: Position = [76.915, 43.325];
const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [50, 40],
      [60, 40],
      [60, 50],
      [50, 50],
      [50, 40],
    ],
  ],
};
const options: ScaleOptions = {
  area: AREA,
  clear: { at: [ALMATY], degrees: 2 },
  kept: ['labels', 'water'],
  boundaries: new Map([['KAZ', square]]),
};
const counts = (fc: LayerCollection) => {
  const out = { area: 0, other: 0 };
  for (const f of fc.features) out[/Polygon/.test(f.geometry.type) ? 'area' : 'other']++;
  return out;
};
const ten = scaleStory(story, 10, options);

describe('scaleStory', () => {
  it('multiplies the points and lines of the story’s files, keeps their areas once and the kept files whole', () => {
    for (const id of ['places', 'csto', 'protest', 'almaty', 'episodes']) {
      const before = counts(story[id]!);
      expect(counts(ten[id]!), id).toEqual({ area: before.area, other: before.other * 10 });
    }
    expect(ten.places!.features).toHaveLength(180);
    expect(ten.labels).toEqual(story.labels);
    expect(ten.water).toEqual(story.water);
  });

  it('gives every copy its own id and numbered names, and keeps what the style and panels read', () => {
    const moscow = ten.places!.features.filter((f) => f.properties.id.startsWith('moscow'));
    expect(moscow.map((f) => f.properties.id)).toEqual(['moscow', ...Array.from({ length: 9 }, (_, i) => `moscow-s${i + 1}`)]);
    expect(moscow[3]!.properties).toMatchObject({ name_en: 'Moscow #3', name_ar: 'موسكو #3', kind: 'capital', excerpts: ['moscow-restored', 'kremlin-winner'] });
    const routes = ten.csto!.features.filter((f) => f.properties.kind === 'route' && f.properties.ref === 'RUS');
    expect(routes).toHaveLength(10);
  });

  it('passes the app’s validation of every file', () => {
    for (const [id, fc] of Object.entries(ten)) {
      expect(checkFile(`${id}.geojson`, JSON.stringify(fc)).map(formatProblem), id).toEqual([]);
    }
  });

  it('spreads the copies over the area and keeps them clear of the positions the bench clicks', () => {
    const copies = Object.values(ten).flatMap((fc) => fc.features.filter((f) => /-s\d+$/.test(f.properties.id)));
    expect(copies.length).toBe(36 * 9);
    for (const f of copies) expect(clearOf(f.geometry, [ALMATY], 2), f.properties.id).toBe(true);
    const points = copies.filter((f) => f.geometry.type === 'Point').map((f) => (f.geometry as { coordinates: Position }).coordinates);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(AREA[0]);
      expect(x).toBeLessThanOrEqual(AREA[2]);
      expect(y).toBeGreaterThanOrEqual(AREA[1]);
      expect(y).toBeLessThanOrEqual(AREA[3]);
    }
    // Evenly: every quarter of the area holds some of them.
    const [mx, my] = [(AREA[0] + AREA[2]) / 2, (AREA[1] + AREA[3]) / 2];
    const quarters = new Set(points.map(([x, y]) => `${x! < mx}${y! < my}`));
    expect(quarters.size).toBe(4);
    expect(new Set(points.map((p) => p.join())).size).toBe(points.length);
  });

  it('draws the finer shapes in place of the file’s, in every file that has the feature', () => {
    expect(ten.countries!.features.find((f) => f.properties.id === 'KAZ')!.geometry).toBe(square);
    expect(ten.csto!.features.find((f) => f.properties.id === 'KAZ')!.geometry).toBe(square);
    expect(ten.countries!.features.find((f) => f.properties.id === 'RUS')).toEqual(
      story.countries!.features.find((f) => f.properties.id === 'RUS'),
    );
  });

  it('at factor 1 changes only the shapes, and gives the same files each time', () => {
    const one = scaleStory(story, 1, { ...options, boundaries: new Map() });
    expect(one).toEqual(story);
    expect(scaleStory(story, 10, options)).toEqual(ten);
  });

  it('refuses a factor that is not a whole number ≥ 1, and says when the area has no room left', () => {
    expect(() => scaleStory(story, 0, options)).toThrow(/factor 0/);
    expect(() => scaleStory(story, 2.5, options)).toThrow(/factor 2.5/);
    expect(() => scaleStory({ places: story.places! }, 2, { ...options, clear: { at: [ALMATY], degrees: 90 } })).toThrow(
      /aktau: no room for a copy/,
    );
  });
});
