import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('gives each form its suffixed key, and only the forms given', () => {
    expect(plural('marked', { one: 'a', few: 'b', other: 'c' })).toEqual({ marked_one: 'a', marked_few: 'b', marked_other: 'c' });
  });

  it('gives keys that i18next picks by the language’s plural rules', async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: 'ru',
      resources: { ru: { translation: { data: plural('features', { one: '{{count}} объект', few: '{{count}} объекта', many: '{{count}} объектов', other: '{{count}} объекта' }) } } },
    });
    expect([1, 3, 5, 11, 21, 22, 1.5].map((count) => i18n.t('data.features', { count }))).toEqual([
      '1 объект',
      '3 объекта',
      '5 объектов',
      '11 объектов',
      '21 объект',
      '22 объекта',
      '1.5 объекта',
    ]);
  });
});
