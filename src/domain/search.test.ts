import { describe, expect, it } from 'vitest';
import { fold, foundIn, searchPlaces, type Searchable } from './search';

describe('fold', () => {
  it('drops short vowels, shadda, sukun and tatweel', () => {
    expect(fold('أَلْمَاتَا')).toBe(fold('ألماتا'));
    expect(fold('ألمـــاتا')).toBe(fold('ألماتا'));
  });

  it('reads every alef alike, ة as ه and ى as ي', () => {
    for (const a of ['أ', 'إ', 'آ', 'ٱ']) expect(fold(`${a}رمينيا`)).toBe('ارمينيا');
    expect(fold('مدينة')).toBe(fold('مدينه'));
    expect(fold('مصطفى')).toBe(fold('مصطفي'));
  });

  it('lower-cases Latin, drops its accents and reads hyphens as spaces', () => {
    expect(fold('Nur-Sultan')).toBe('nur sultan');
    expect(fold('  Zhanaözen ')).toBe('zhanaozen');
  });

  it('keeps distinct letters distinct', () => {
    expect(fold('روسيا')).not.toBe(fold('روسيه'));
    expect(fold('باكو')).not.toBe(fold('باكي'));
  });
});

describe('searchPlaces', () => {
  const items = [
    { id: 'KAZ', name_en: 'Kazakhstan', name_ar: 'كازاخستان', name_ru: 'Казахстан' },
    { id: 'almaty_airport', name_en: 'Almaty airport', name_ar: 'مطار ألماتا', name_ru: 'Аэропорт Алматы' },
    { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы' },
    { id: 'ARM', name_en: 'Armenia', name_ar: 'أرمينيا', name_ru: 'Армения' },
    { id: 'nur_sultan', name_en: 'Nur-Sultan (Astana)', name_ar: 'نور سلطان (أستانا)', name_ru: 'Нур-Султан (Астана)' },
  ];
  const ids = (q: string) => searchPlaces(q, items).map((i) => i.id);

  it('finds English names in any case, a whole or starting match before a part', () => {
    expect(ids('almaty')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('AIRPORT')).toEqual(['almaty_airport']);
    expect(ids('stan')).toEqual(['KAZ', 'nur_sultan']);
    expect(ids('astana')).toEqual(['nur_sultan']);
  });

  it('finds Arabic names typed with another alef or with vowels', () => {
    expect(ids('الماتا')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('إِرمينيا')).toEqual(['ARM']);
    expect(ids('استانا')).toEqual(['nur_sultan']);
  });

  it('finds Russian names in any case, with ё typed as е', () => {
    expect(ids('АЛМАТЫ')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('астана')).toEqual(['nur_sultan']);
    expect(searchPlaces('озёра', [{ id: 'l', name_en: 'Lakes', name_ar: 'بحيرات', name_ru: 'Озера' }]).map((i) => i.id)).toEqual(['l']);
  });

  it('finds a place whose names in a language have not arrived by its other names', () => {
    const partial: Searchable[] = [{ id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا' }];
    expect(searchPlaces('alm', partial).map((i) => i.id)).toEqual(['almaty']);
    expect(foundIn('alm', partial[0]!, 'ru')).toBe('en');
  });

  it('names the language a hit was found in when it is not the page’s', () => {
    const almaty = items[2]!;
    expect(foundIn('алматы', almaty, 'en')).toBe('ru');
    expect(foundIn('ألماتا', almaty, 'ru')).toBe('ar');
    expect(foundIn('Almaty', almaty, 'en')).toBeNull();
    // Where the page's name answers as well as another, the page's wins.
    expect(foundIn('alm', { id: 'x', name_en: 'Alma', name_ar: 'Alma', name_ru: 'Almo' }, 'ar')).toBeNull();
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('Moscow')).toEqual([]);
  });
});
