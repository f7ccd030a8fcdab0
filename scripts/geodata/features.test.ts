import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/domain/lang';
import { NO_NAMES, annotated, namesBy, namesOf, point, props, type Annotations } from './features';

describe('props', () => {
  it('puts keys in one order and leaves out undefined members and empty lists', () => {
    const p = props({ troops: 3, kind: 'city', name_ru: 'Б', name_ar: 'ب', excerpts: [], ref: undefined, name_en: 'B', id: 'b' });
    expect(JSON.stringify(p)).toBe('{"id":"b","name_ar":"ب","name_en":"B","name_ru":"Б","kind":"city","troops":3}');
  });
});

describe('names', () => {
  it('has one name_<lang> per language of the app, made or taken one language at a time', () => {
    expect(Object.keys(namesBy((l) => l))).toEqual(LANGS.map((l) => `name_${l}`));
    expect(namesBy((l) => `x-${l}`)).toEqual({ name_ar: 'x-ar', name_en: 'x-en', name_ru: 'x-ru' });
    expect(namesOf({ ...namesBy((l) => l), id: 'x', kind: 'city' } as never)).toEqual({ name_ar: 'ar', name_en: 'en', name_ru: 'ru' });
    expect(Object.values(NO_NAMES)).toEqual(LANGS.map(() => ''));
  });
});

describe('annotated', () => {
  const annotations: Annotations = {
    csto: {
      RUS: { role: 'contributor', excerpts: ['e1'], date: '2022-01-06', date_source: 'article' },
    },
  };

  it('adds the annotation of the feature in its file, which wins over the built values', () => {
    const p = annotated(annotations, 'csto', { id: 'RUS', name_en: 'Russia', name_ar: 'روسيا', name_ru: 'Россия', role: 'host', excerpts: ['e0'] });
    expect(p).toEqual({
      id: 'RUS',
      name_en: 'Russia',
      name_ar: 'روسيا',
      name_ru: 'Россия',
      role: 'contributor',
      excerpts: ['e1'],
      date: '2022-01-06',
      date_source: 'article',
    });
    expect(Object.keys(p)).toEqual(['id', 'name_ar', 'name_en', 'name_ru', 'role', 'excerpts', 'date', 'date_source']);
  });

  it('keeps the built values when the file has no annotation for the feature', () => {
    expect(annotated(annotations, 'places', { id: 'RUS', name_en: 'R', name_ar: 'ر', name_ru: 'Р', troops: 5 })).toEqual({
      id: 'RUS',
      name_en: 'R',
      name_ar: 'ر',
      name_ru: 'Р',
      troops: 5,
    });
  });
});

describe('point', () => {
  it('rounds to four decimals', () => {
    expect(point(76.912345, 43.256789)).toEqual({ type: 'Point', coordinates: [76.9123, 43.2568] });
  });
});
