import { describe, expect, it } from 'vitest';
import type { LayerExpectation } from './layerFiles';
import { linkProblems, propertyProblems } from './validateProps';

const ids = { excerptIds: new Set(['e1', 'e2']), sourceIds: new Set(['article', 'reuters']) };
const base = { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا' };
const point: LayerExpectation = { geometry: ['Point'] };

describe('propertyProblems', () => {
  it('accepts the properties of a well-formed feature', () => {
    expect(propertyProblems({ ...base, kind: 'city', excerpts: ['e1'], date: '2022-01-05', rank: 2 })).toEqual([]);
  });

  it('puts each schema issue in plain words', () => {
    expect(
      propertyProblems({ id: '', name_en: 'A', role: 'guest', troops: 'many', colour: 'red', date: '2022-02-30' }),
    ).toEqual([
      'property "id" is empty',
      'property "name_ar" is missing',
      'property "date" is not a real calendar date (the text "2022-02-30")',
      'property "role" is the text "guest", expected one of "host", "contributor"',
      'property "troops" should be a number, not the text "many"',
      'unknown property "colour"',
    ]);
  });

  it('names the path of a problem inside a figure', () => {
    expect(
      propertyProblems({ ...base, figures: [{ kind: 'troops', value: 5, qualifier: 'about', colour: 1 }] }),
    ).toEqual(['unknown property "figures[0].colour"']);
  });
});

describe('linkProblems', () => {
  it('asks for what the layer requires and restricts kind and empty names', () => {
    const expect_: LayerExpectation = { geometry: ['Point'], required: ['rank'], kinds: ['city'] };
    expect(linkProblems({ ...base, name_ar: '', kind: 'town' }, ids, expect_)).toEqual([
      'property "rank" is missing (this layer needs it)',
      'property "name_ar" is empty',
      'kind "town" is not one of "city"',
    ]);
    expect(linkProblems({ ...base, name_en: '' }, ids, { ...point, emptyNames: true })).toEqual([]);
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
