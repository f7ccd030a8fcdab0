/** Country names in English and Arabic, from i18n-iso-countries and the article's own spellings. */
import countries from 'i18n-iso-countries';
import { packageFile, readJson } from './inputs';

countries.registerLocale(readJson(packageFile('i18n-iso-countries', 'langs/ar.json')));

/** The article's spellings win over the package's. */
const ARTICLE_AR: Record<string, string> = {
  KAZ: 'كازاخستان',
  RUS: 'روسيا',
  TJK: 'طاجيكستان',
  ARM: 'أرمينيا',
  BLR: 'بيلاروسيا',
  KGZ: 'قرغيزستان',
  AZE: 'أذربيجان',
  UKR: 'أوكرانيا',
};
/** Natural Earth units without an ISO code: Natural Earth's own ADM0_A3 codes. */
const NO_ISO: Record<string, CountryName> = {
  Kosovo: { id: 'KOS', name_en: 'Kosovo', name_ar: 'كوسوفو' },
  'N. Cyprus': { id: 'CYN', name_en: 'Northern Cyprus', name_ar: 'شمال قبرص' },
  'Siachen Glacier': { id: 'KAS', name_en: 'Siachen Glacier', name_ar: 'نهر سياتشن الجليدي' },
};
/** world-atlas abbreviates some names; spell them out. */
const NAME_EN: Record<string, string> = {
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  Macedonia: 'North Macedonia',
};

export interface CountryName {
  /** ISO 3166-1 alpha-3, or Natural Earth's code for a unit without one. */
  id: string;
  name_en: string;
  name_ar: string;
}

/** Id and names of a world-atlas country, from its ISO numeric code and its name there. */
export function countryNames(numericId: string | undefined, waName: string): CountryName {
  const special = NO_ISO[waName];
  if (special) return special;
  const id = numericId ? countries.numericToAlpha3(numericId) : undefined;
  if (!id) throw new Error(`no ISO code for ${waName} (${numericId})`);
  const ar = ARTICLE_AR[id] ?? countries.getName(id, 'ar');
  if (!ar) throw new Error(`no Arabic name for ${id}`);
  return { id, name_en: NAME_EN[waName] ?? waName, name_ar: ar };
}
