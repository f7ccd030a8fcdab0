/** Writes the larger stories' layer files (scale.ts) under bench/out/scale-<factor>/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LayerCollection } from '../../src/domain/features';
import type { AreaGeometry } from '../../src/domain/geometry';
import { fileIds, type FileId } from '../../src/domain/story';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { HOME_BOUNDS } from '../../src/stories/kazakhstan-2022/layers';
import { countriesIn, withoutCrimea } from '../geodata/countries';
import { packageFile, readJson } from '../geodata/inputs';
import { BENCH_OUT, CLICK_TARGETS, ROOT } from './config';
import { scaleStory } from './scale';

/** Geography the larger story keeps as it is: one label per country, the rivers and lakes. */
const KEPT = ['labels', 'water'];
/** Copies stay this far (degrees) from the features the bench clicks, so each click still opens them. */
const CLEAR_DEGREES = 2;

/**
 * Natural Earth's countries at 1:10m (world-atlas), clipped to the view, unsimplified, by id,
 * with Crimea apart from Russia as in countries.geojson. Units without an ISO code at this
 * scale (Baikonur, the Cyprus bases) have no shape of their own here.
 */
function boundaries(crimea: AreaGeometry): Map<string, AreaGeometry> {
  const topology = readJson<Topology>(packageFile('world-atlas', 'countries-10m.json'));
  const object = topology.objects.countries as GeometryCollection;
  // Units with no ISO code at this scale have no name the build knows; no story feature is one.
  const coded = { ...object, geometries: object.geometries.filter((g) => g.id !== undefined) };
  const { countries } = countriesIn({ ...topology, objects: { countries: coded } });
  return new Map(withoutCrimea(countries, crimea).map((c) => [c.id, c.geometry]));
}

/** The story's layer files, by file id. */
const readStory = (): Record<FileId, LayerCollection> =>
  Object.fromEntries(
    fileIds(FILES).map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'geodata', `${id}.geojson`), 'utf8')) as LayerCollection]),
  );

const featureCount = (files: Record<FileId, LayerCollection>) => Object.values(files).reduce((n, fc) => n + fc.features.length, 0);

/** How many features the story's layer files hold. */
export const storyFeatures = (): number => featureCount(readStory());

/** Writes the story at each factor; returns, by factor, the folder of its layer files (<file id>.geojson) and their feature count. */
export function writeScaled(factors: readonly number[]): Map<number, { dir: string; features: number }> {
  const files = readStory();
  const crimea = files.countries!.features.find((f) => f.properties.id === 'crimea')!.geometry as AreaGeometry;
  const options = {
    area: [...HOME_BOUNDS[0], ...HOME_BOUNDS[1]] as [number, number, number, number],
    clear: { at: CLICK_TARGETS.map((t) => [t.lon, t.lat]), degrees: CLEAR_DEGREES },
    kept: KEPT,
    boundaries: boundaries(crimea),
  };
  const out = new Map<number, { dir: string; features: number }>();
  for (const factor of factors) {
    const dir = join(BENCH_OUT, `scale-${factor}`);
    mkdirSync(dir, { recursive: true });
    const scaled = scaleStory(files, factor, options);
    for (const [id, fc] of Object.entries(scaled)) writeFileSync(join(dir, `${id}.geojson`), JSON.stringify(fc));
    out.set(factor, { dir, features: featureCount(scaled) });
  }
  return out;
}
