/**
 * Country names in every language: English from world-atlas, the others from
 * i18n-iso-countries, with the article's spellings and short common forms where they differ.
 */
import countries from 'i18n-iso-countries';
import { LANGS, type Lang } from '../../src/domain/lang';
import { namesBy, type Names } from './features';
import { packageFile, readJson } from './inputs';

for (const lang of LANGS) {
  if (lang !== 'en') countries.registerLocale(readJson(packageFile('i18n-iso-countries', `langs/${lang}.json`)));
}

/**
 * Names that win over the sources', by language and ISO alpha-3 code: world-atlas' English
 * abbreviations spelled out, the article's Arabic spellings, and the short common Russian
 * form where the package gives a long official one.
 */
const NAME_OVERRIDES: Partial<Record<Lang, Record<string, string>>> = {
  en: { BIH: 'Bosnia and Herzegovina', MKD: 'North Macedonia' },
  ar: {
    KAZ: 'كازاخستان',
    RUS: 'روسيا',
    TJK: 'طاجيكستان',
    ARM: 'أرمينيا',
    BLR: 'بيلاروسيا',
    KGZ: 'قرغيزستان',
    AZE: 'أذربيجان',
    UKR: 'أوكرانيا',
  },
  // The six members as the states write themselves in Russian, as the story's Russian text does.
  ru: { RUS: 'Россия', KGZ: 'Кыргызстан', CHN: 'Китай', PRK: 'КНДР', PSE: 'Палестина' },
};

/** Natural Earth units without an ISO code: Natural Earth's own ADM0_A3 codes. */
const NO_ISO: Record<string, CountryName> = {
  Kosovo: { id: 'KOS', name_en: 'Kosovo', name_ar: 'كوسوفو', name_ru: 'Косово' },
  'N. Cyprus': { id: 'CYN', name_en: 'Northern Cyprus', name_ar: 'شمال قبرص', name_ru: 'Северный Кипр' },
  'Siachen Glacier': { id: 'KAS', name_en: 'Siachen Glacier', name_ar: 'نهر سياتشن الجليدي', name_ru: 'Ледник Сиачен' },
};

export interface CountryName extends Names {
  /** ISO 3166-1 alpha-3, or Natural Earth's code for a unit without one. */
  id: string;
}

/** Id and names of a world-atlas country, from its ISO numeric code and its name there. */
export function countryNames(numericId: string | undefined, waName: string): CountryName {
  const special = NO_ISO[waName];
  if (special) return special;
  const id = numericId ? countries.numericToAlpha3(numericId) : undefined;
  if (!id) throw new Error(`no ISO code for ${waName} (${numericId})`);
  const name = (lang: Lang): string => {
    const n = NAME_OVERRIDES[lang]?.[id] ?? (lang === 'en' ? waName : countries.getName(id, lang));
    if (!n) throw new Error(`no name in "${lang}" for ${id}`);
    return n;
  };
  return { id, ...namesBy(name) };
}
