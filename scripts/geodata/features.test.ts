import { describe, expect, it } from 'vitest';
import { annotated, point, props, type Annotations } from './features';

describe('props', () => {
  it('puts keys in one order and leaves out undefined members and empty lists', () => {
    const p = props({ troops: 3, kind: 'city', name_ar: 'ب', excerpts: [], ref: undefined, name_en: 'B', id: 'b' });
    expect(JSON.stringify(p)).toBe('{"id":"b","name_en":"B","name_ar":"ب","kind":"city","troops":3}');
  });
});

describe('annotated', () => {
  const annotations: Annotations = {
    csto: {
      RUS: { role: 'contributor', excerpts: ['e1'], date: '2022-01-06', date_source: 'article' },
    },
  };

  it('adds the annotation of the feature in its file, which wins over the built values', () => {
    const p = annotated(annotations, 'csto', { id: 'RUS', name_en: 'Russia', name_ar: 'روسيا', role: 'host', excerpts: ['e0'] });
    expect(p).toEqual({
      id: 'RUS',
      name_en: 'Russia',
      name_ar: 'روسيا',
      role: 'contributor',
      excerpts: ['e1'],
      date: '2022-01-06',
      date_source: 'article',
    });
    expect(Object.keys(p)).toEqual(['id', 'name_en', 'name_ar', 'role', 'excerpts', 'date', 'date_source']);
  });

  it('keeps the built values when the file has no annotation for the feature', () => {
    expect(annotated(annotations, 'places', { id: 'RUS', name_en: 'R', name_ar: 'ر', troops: 5 })).toEqual({
      id: 'RUS',
      name_en: 'R',
      name_ar: 'ر',
      troops: 5,
    });
  });
});

describe('point', () => {
  it('rounds to four decimals', () => {
    expect(point(76.912345, 43.256789)).toEqual({ type: 'Point', coordinates: [76.9123, 43.2568] });
  });
});
