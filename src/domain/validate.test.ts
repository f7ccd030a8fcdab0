import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from './features';
import { excerpts } from '../stories/kazakhstan-2022/excerpts';
import { sources } from '../stories/kazakhstan-2022/sources';
import { FILES } from '../stories/kazakhstan-2022/files';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { layerProps } from '../map/kinds';
import { expectations } from './story';
import { expectationFor } from './layerFiles';
import { MAX_PROBLEMS_PER_FILE, formatProblem, validateLayerFile, type ValidationContext } from './validate';
import { annotatedFile } from './share';
import meta from '../stories/kazakhstan-2022/meta.json';
import type { Lang } from './lang';
import { fileLangs } from './names';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(__dirname, 'fixtures');
const excerptIds = new Set(Object.keys(excerpts));
const sourceIds = new Set(Object.keys(sources));
const files = expectations(FILES, layerProps(LAYERS));

const ctxFor = (fileName: string): ValidationContext => {
  const found = expectationFor(fileName, files);
  if (!found) throw new Error(`no layer for ${fileName}`);
  return { files, excerptIds, sourceIds, names: fileLangs(meta.articleLang as Lang), expect: found.expect };
};

const validate = (fileName: string, text: string) =>
  validateLayerFile(fileName, text, ctxFor(fileName)).problems.map(formatProblem);

const fixture = (rel: string) => {
  const text = fs.readFileSync(path.join(fixtures, rel), 'utf8');
  const name = path.basename(rel);
  return { name, lines: validate(name, text) };
};

const point = (coordinates: unknown) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы', kind: 'city' },
        geometry: { type: 'Point', coordinates },
      },
    ],
  });

describe('validateLayerFile', () => {
  it('accepts the good fixture', () => {
    expect(fixture('good/csto.geojson').lines).toEqual([]);
  });

  // Each bad fixture: the feature it names and words of the problem.
  const cases: [file: string, feature: string, problem: string][] = [
    ['countries.unclosed-ring.geojson', 'KAZ', 'exterior ring is not closed'],
    ['countries.wrong-winding.geojson', 'KAZ', 'exterior ring runs clockwise'],
    ['countries.hole-counter-clockwise.geojson', 'KAZ', 'hole 1 runs counter-clockwise'],
    ['countries.too-few-positions.geojson', 'KAZ', 'has 3 positions (a ring needs at least 4)'],
    ['places.longitude-200.geojson', 'almaty', 'longitude 200 is outside −180..180'],
    ['places.nan-string.geojson', 'almaty', 'longitude is the text "NaN", not a number'],
    ['places.null-coordinate.geojson', 'almaty', 'latitude is null, not a number'],
    ['places.missing-id.geojson', '#0', 'property "id" is missing'],
    ['places.missing-name-ar.geojson', 'almaty', 'property "name_ar" is missing'],
    ['places.duplicate-id.geojson', 'almaty', 'id "almaty" is already used by feature #0'],
    ['places.unknown-excerpt.geojson', 'almaty', 'excerpt "no-such-excerpt" does not exist'],
    ['places.wrong-geometry-type.geojson', 'almaty', 'geometry type LineString is not allowed in this layer'],
    ['places.deeply-nested.geojson', 'almaty', 'nested too deeply'],
    ['places.not-feature-collection.geojson', '(file)', 'is not a GeoJSON FeatureCollection'],
    ['places.empty.geojson', '(file)', 'file is empty'],
    ['places.not-json.geojson', '(file)', 'is not valid JSON'],
    ['places.bom.geojson', '(file)', 'byte-order mark'],
    ['csto.figure-without-source.geojson', 'RUS', 'figure 1 (troops 2500) has no source'],
    ['csto.article-figure-without-paragraph.geojson', 'RUS', 'cites the article but gives no paragraph'],
    ['csto.unknown-source.geojson', 'RUS', 'cites unknown source "tass-2022-01-07"'],
    ['csto.dangling-ref.geojson', 'BLR-troops', 'ref "BLR" matches no feature in this file'],
    ['protest.date-without-source.geojson', 'zhanaozen', 'has a date (2022-01-02) but no date_source'],
    ['water.unknown-property.geojson', 'aral', 'unknown property "colour"'],
  ];

  it('has a fixture file for every case and a case for every fixture file', () => {
    const files = fs.readdirSync(path.join(fixtures, 'bad')).sort();
    expect(files).toEqual(cases.map((c) => c[0]).sort());
  });

  it.each(cases)('rejects %s with one message naming file, feature and problem', (file, feature, problem) => {
    const { lines } = fixture(`bad/${file}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${file}: ${feature}: `);
    expect(lines[0]).toContain(problem);
    expect(lines[0]).not.toMatch(/\n|:\d+:\d+\)/); // no stack traces
  });

  it('reports very deep nesting as a problem, not a crash', () => {
    const depth = 100_000;
    const text = point('x').replace('"x"', `${'['.repeat(depth)}1${']'.repeat(depth)}`);
    const lines = validate('places.geojson', text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^places\.geojson: (almaty|\(file\)): .*nested too deeply/);
  });

  it('reports every distinct problem of a feature once', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x', name_en: 'X', name_ar: 'س', name_ru: 'Х', kind: 'troops', troops: 'many' },
          geometry: { type: 'Point', coordinates: [200, 100, 5, 6] },
        },
      ],
    });
    expect(validate('csto.geojson', text)).toEqual([
      'csto.geojson: x: property "troops" should be a number, not the text "many"',
      'csto.geojson: x: point has 4 values (expected 2 or 3 numbers)',
    ]);
  });

  it('lists at most the first problems of a file and counts the rest', () => {
    const features = Array.from({ length: MAX_PROBLEMS_PER_FILE + 50 }, (_, i) => ({
      type: 'Feature',
      properties: { id: `p${i}`, name_en: 'P', name_ar: 'ب', name_ru: 'П', kind: 'village' },
      geometry: { type: 'Point', coordinates: [70, 45] },
    }));
    const lines = validate('places.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
    expect(lines).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(lines[0]).toBe('places.geojson: p0: kind "village" is not one of "capital", "city"');
    expect(lines.at(-1)).toBe('places.geojson: (file): and 50 more problems not listed');
  });

  it('names a file that is no layer', () => {
    const lines = validateLayerFile('roads.geojson', point([70, 45]), { files, excerptIds, sourceIds }).problems.map(formatProblem);
    expect(lines).toEqual([
      'roads.geojson: (file): is not a layer file (its name should start with one of: countries, labels, water, places, protest, almaty, csto, regions, episodes)',
    ]);
  });
});

describe('the real geodata files', () => {
  it.each(Object.keys(files).map((l) => `${l}.geojson`))('%s passes', (file) => {
    const text = fs.readFileSync(path.join(root, 'geodata', file), 'utf8');
    expect(validate(file, text)).toEqual([]);
  });
});

describe('what the story’s layers read', () => {
  /** A real file with one feature's properties changed, and the problems found. */
  const changed = (file: string, id: string, change: (p: Record<string, unknown>) => void) => {
    const fc = JSON.parse(fs.readFileSync(path.join(root, 'geodata', file), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    change(fc.features.find((f) => f.properties.id === id)!.properties);
    return validate(file, JSON.stringify(fc));
  };

  it('derives each file’s properties from the kinds of the layers that draw it', () => {
    const props = files.csto?.props?.map((r) => r.key);
    expect(props).toEqual(['role', 'troops', 'figures']);
    expect(files.almaty?.props).toEqual([{ key: 'kind', value: { type: 'text', values: ['city', 'airport'] }, requiredOn: ['point'] }]);
    expect(files.countries?.props).toEqual([]);
  });

  it('needs the role the CSTO countries are coloured by, one of the layer’s values', () => {
    expect(changed('csto.geojson', 'KAZ', (p) => delete p.role)).toEqual([
      'csto.geojson: KAZ: property "role" is missing (this layer\'s areas need it)',
    ]);
    expect(changed('csto.geojson', 'KAZ', (p) => (p.role = 'guest'))).toEqual([
      'csto.geojson: KAZ: property "role" is the text "guest", expected one of "host", "contributor"',
    ]);
  });

  it('needs a positive troop count on every troop circle, and figures of the kinds the layer names', () => {
    expect(changed('csto.geojson', 'BLR-troops', (p) => delete p.troops)).toEqual([
      'csto.geojson: BLR-troops: property "troops" is missing (this layer\'s points need it)',
    ]);
    expect(changed('csto.geojson', 'BLR-troops', (p) => (p.troops = -5))).toEqual([
      'csto.geojson: BLR-troops: property "troops" is too small (number -5)',
    ]);
    expect(changed('csto.geojson', 'BLR', (p) => ((p.figures as { kind: string }[])[0]!.kind = 'tanks'))).toEqual([
      'csto.geojson: BLR: property "figures[0].kind" is the text "tanks", expected one of "troops", "troops-others-total"',
    ]);
  });

  it('needs Almaty’s points to be of a kind its styles draw', () => {
    expect(changed('almaty.geojson', 'almaty_airport', (p) => (p.kind = 'station'))).toEqual([
      'almaty.geojson: almaty_airport: property "kind" is the text "station", expected one of "city", "airport"',
    ]);
    expect(changed('almaty.geojson', 'almaty_airport', (p) => delete p.kind)).toEqual([
      'almaty.geojson: almaty_airport: property "kind" is missing (this layer\'s points need it)',
    ]);
  });

  it('knows no role or troops in a file whose layers do not read them', () => {
    expect(changed('protest.geojson', 'mangystau', (p) => Object.assign(p, { role: 'host', troops: 5 }))).toEqual([
      'protest.geojson: mangystau: unknown property "role"',
      'protest.geojson: mangystau: unknown property "troops"',
    ]);
  });
});

describe('validate:geodata command line', () => {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const run = (...args: string[]) =>
    spawnSync(tsx, ['scripts/validate-geodata.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('exits 1 and prints "file: feature: problem" for a bad file', () => {
    const r = run('src/domain/fixtures/bad/places.duplicate-id.geojson');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'src/domain/fixtures/bad/places.duplicate-id.geojson: almaty: id "almaty" is already used by feature #0',
    );
  }, 60_000);

  it('exits 0 with a one-line summary for good files', () => {
    const r = run('src/domain/fixtures/good/csto.geojson');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('validate:geodata: 1 file, 4 features, no problems');
  }, 60_000);
});

describe('foreign members', () => {
  // Downloaded files carry their licence and sources beside "features" (RFC 7946 §6.1).
  it('accepts a note at the top of the collection, as a downloaded file has', () => {
    const text = fs.readFileSync(path.join(fixtures, 'good/csto.geojson'), 'utf8');
    const annotated = annotatedFile(JSON.parse(text) as LayerCollection, {
      name: 'csto',
      licence: 'Public domain',
      derived_from: 'Natural Earth',
      sources: [{ id: 'natural-earth', outlet: 'Natural Earth', date: '2018-05' }],
    });
    expect(validate('csto.geojson', annotated)).toEqual([]);
  });

  it('still rejects a note among a feature’s properties', () => {
    const fc = JSON.parse(fs.readFileSync(path.join(fixtures, 'good/csto.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    fc.features[0]!.properties.licence = 'Public domain';
    expect(validate('csto.geojson', JSON.stringify(fc)).join('\n')).toContain('unknown property "licence"');
  });
});
