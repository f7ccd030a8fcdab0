import { describe, expect, it } from 'vitest';
import type { LayerExpectation } from './layerFiles';
import { LANGS } from './lang';
import { linkProblems, mergeRules, propertyProblems, shapeOf, type PropRule } from './validateProps';

const ids = { excerptIds: new Set(['e1', 'e2']), sourceIds: new Set(['article', 'reuters']) };
const base = { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы' };
const point: LayerExpectation = { geometry: ['Point'] };
/** What a layer of countries coloured by role, with troop circles, reads. */
const troops: PropRule[] = [
  { key: 'role', value: { type: 'text', values: ['host', 'contributor'] }, requiredOn: ['area'] },
  { key: 'troops', value: { type: 'positive' }, requiredOn: ['point'] },
  { key: 'figures', value: { type: 'figures', kinds: ['troops', 'troops-others-total'] } },
];

describe('propertyProblems', () => {
  it('accepts the properties of a well-formed feature', () => {
    expect(propertyProblems({ ...base, kind: 'city', excerpts: ['e1'], date: '2022-01-05', rank: 2 })).toEqual([]);
  });

  it('puts each schema issue in plain words, with the values the layer allows', () => {
    expect(
      propertyProblems({ id: '', name_en: 'A', name_ru: 'А', role: 'guest', troops: 'many', colour: 'red', date: '2022-02-30' }, troops),
    ).toEqual([
      'property "id" is empty',
      'property "date" is not a real calendar date (the text "2022-02-30")',
      'property "role" is the text "guest", expected one of "host", "contributor"',
      'property "troops" should be a number, not the text "many"',
      'unknown property "colour"',
    ]);
  });

  it('needs a name in each language the files name their features in (every language by default), and knows no name in another', () => {
    for (const lang of LANGS) {
      const without = Object.fromEntries(Object.entries(base).filter(([k]) => k !== `name_${lang}`));
      expect(linkProblems(without, ids, point), lang).toEqual([`property "name_${lang}" is missing`]);
    }
    const { name_ru: _ru, ...inFile } = base;
    expect(linkProblems(inFile, { ...ids, names: ['en', 'ar'] }, point)).toEqual([]);
    expect(linkProblems({ ...inFile, name_ar: '' }, { ...ids, names: ['en', 'ar'] }, point)).toEqual(['property "name_ar" is empty']);
    expect(propertyProblems({ ...base, name_fr: 'Almaty' })).toEqual(['unknown property "name_fr"']);
  });

  it('knows no property that no layer of the file reads', () => {
    expect(propertyProblems({ ...base, role: 'host', troops: 5, figures: [] })).toEqual([
      'unknown property "role"',
      'unknown property "troops"',
      'unknown property "figures"',
    ]);
    expect(propertyProblems({ ...base, role: 'host', troops: 5, figures: [] }, troops)).toEqual([]);
  });

  it('names the path of a problem inside a figure, and the figure kinds the layer allows', () => {
    expect(
      propertyProblems({ ...base, figures: [{ kind: 'troops', value: 5, qualifier: 'about', colour: 1 }] }, troops),
    ).toEqual(['unknown property "figures[0].colour"']);
    expect(propertyProblems({ ...base, figures: [{ kind: 'tanks', value: 5, qualifier: 'about' }] }, troops)).toEqual([
      'property "figures[0].kind" is the text "tanks", expected one of "troops", "troops-others-total"',
    ]);
  });

  it('takes a text for a property read without a list of values, and a positive number for a size', () => {
    const rules: PropRule[] = [
      { key: 'kind', value: { type: 'text' } },
      { key: 'people', value: { type: 'positive' } },
    ];
    expect(propertyProblems({ ...base, kind: 'anything', people: 3 }, rules)).toEqual([]);
    expect(propertyProblems({ ...base, kind: '', people: 0 }, rules)).toEqual([
      'property "kind" is empty',
      'property "people" is too small (number 0)',
    ]);
  });
});

describe('mergeRules', () => {
  it('makes one rule per property: the values and figure kinds any part allows, the shapes any part needs it on', () => {
    expect(
      mergeRules([
        { key: 'kind', value: { type: 'text', values: ['city'] }, requiredOn: ['point'] },
        { key: 'kind', value: { type: 'text', values: ['region', 'city'] }, requiredOn: ['area'] },
        { key: 'figures', value: { type: 'figures', kinds: ['troops'] } },
        { key: 'figures', value: { type: 'figures', kinds: ['police'] } },
      ]),
    ).toEqual([
      { key: 'kind', value: { type: 'text', values: ['city', 'region'] }, requiredOn: ['point', 'area'] },
      { key: 'figures', value: { type: 'figures', kinds: ['troops', 'police'] } },
    ]);
  });

  it('lets any text through when one part reads the property without a list of values', () => {
    expect(
      mergeRules([
        { key: 'kind', value: { type: 'text', values: ['city'] }, requiredOn: ['point'] },
        { key: 'kind', value: { type: 'text' } },
      ]),
    ).toEqual([{ key: 'kind', value: { type: 'text' }, requiredOn: ['point'] }]);
  });
});

describe('shapeOf', () => {
  it('groups geometry types as the kinds draw them', () => {
    expect(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', undefined].map(shapeOf)).toEqual([
      'point',
      'point',
      'line',
      'line',
      'area',
      'area',
      undefined,
      undefined,
    ]);
  });
});

describe('linkProblems', () => {
  it('asks for what the layer requires and restricts kind and empty names', () => {
    const expect_: LayerExpectation = { geometry: ['Point'], required: ['rank'], kinds: ['city'] };
    expect(linkProblems({ ...base, name_ar: '', name_ru: '', kind: 'town' }, ids, expect_)).toEqual([
      'property "rank" is missing (this layer needs it)',
      'property "name_ar" is empty',
      'property "name_ru" is empty',
      'kind "town" is not one of "city"',
    ]);
    expect(linkProblems({ ...base, name_en: '', name_ru: '' }, ids, { ...point, emptyNames: true })).toEqual([]);
  });

  it('asks for what the layer’s parts read of a feature of the shape they draw', () => {
    const csto: LayerExpectation = { geometry: ['Point', 'Polygon'], props: troops };
    expect(linkProblems(base, ids, csto, 'area')).toEqual(['property "role" is missing (this layer\'s areas need it)']);
    expect(linkProblems(base, ids, csto, 'point')).toEqual(['property "troops" is missing (this layer\'s points need it)']);
    expect(linkProblems(base, ids, csto, 'line')).toEqual([]);
    expect(linkProblems({ ...base, role: 'host' }, ids, csto, 'area')).toEqual([]);
  });

  it('checks excerpts, figures and dates against the known ids', () => {
    const p = {
      ...base,
      excerpts: ['e1', 'e3', 'e1'],
      figures: [
        { kind: 'troops', value: 2500 },
        { kind: 'troops', value: 70, source: 'tass' },
        { kind: 'troops', value: 100, source: 'article' },
      ],
      date_source: 'tass',
    };
    expect(linkProblems(p, ids, point)).toEqual([
      'excerpt "e3" does not exist in the excerpts',
      'excerpt "e1" is listed twice',
      'figure 1 (troops 2500) has no source',
      'figure 2 (troops 70) cites unknown source "tass"',
      'figure 3 (troops 100) cites the article but gives no paragraph',
      'has a date_source but no date',
      'date_source "tass" is not a known source',
    ]);
    expect(linkProblems({ ...base, date: '2022-01-05' }, ids, point)).toEqual([
      'has a date (2022-01-05) but no date_source',
    ]);
  });
});
