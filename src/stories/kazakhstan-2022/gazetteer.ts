/**
 * The places, countries and organisations of the article, with the spellings it uses.
 *
 * What counts as a mention (see `src/domain/gazetteer.ts` for the matching):
 * - `names`: proper names and fixed phrases, as the article writes them.
 * - `adjectives`: relational adjectives ("الرئيس الكازاخستاني" the Kazakh president,
 *   "القوات الروسية" the Russian forces). They are mentions of the country: the article
 *   uses them to speak of the state ("التجاوب الروسي", the Russian response). They are
 *   reported as form "adjective", so a reader can leave them out.
 * - `references`: definite nouns that in this article always mean one thing: "المنظمة"
 *   (the organisation) is always the CSTO, "المطار" (the airport) Almaty's airport. A plural
 *   ("المطارات", airports) is another word and is not matched.
 * Not counted: "البلاد" / "بلاده" (the country / his country), which the article also uses
 * for Kazakhstan, since the same words speak of Russia elsewhere ("تعرض بلاده").
 *
 * Every name is unique across entries. "نور سلطان" is both the capital (then Nur-Sultan)
 * and Nazarbayev's first name; the person's full name is listed, so the longer match
 * "نور سلطان نزارباييف" wins and the capital is not found in the article.
 * Places of the map that the article does not name are listed with `namedInArticle: false`
 * where a chapter frames them; Kazakhstan's other regions and cities are left out.
 */
import type { GazetteerEntry } from '../../domain/gazetteer';

export const gazetteer: readonly GazetteerEntry[] = [
  // ------------------------------------------------------------ CSTO members
  {
    id: 'KAZ',
    kind: 'country',
    en: 'Kazakhstan',
    names: ['كازاخستان', 'قازاقستان'],
    adjectives: ['كازاخستاني', 'كازاخستانية', 'كازاخستانيون', 'كازاخستانيين', 'كازاخي', 'كازاخية', 'كازاخ'],
    namedInArticle: true,
  },
  {
    id: 'RUS',
    kind: 'country',
    en: 'Russia',
    names: ['روسيا', 'روسيا الاتحادية'],
    adjectives: ['روسي', 'روسية', 'روس', 'روسيون', 'روسيين'],
    namedInArticle: true,
  },
  {
    id: 'BLR',
    kind: 'country',
    en: 'Belarus',
    names: ['بيلاروسيا', 'روسيا البيضاء', 'بيلاروس'],
    adjectives: ['بيلاروسي', 'بيلاروسية'],
    namedInArticle: true,
  },
  {
    id: 'ARM',
    kind: 'country',
    en: 'Armenia',
    names: ['أرمينيا'],
    adjectives: ['أرميني', 'أرمينية', 'أرمني', 'أرمنية', 'أرمن'],
    namedInArticle: true,
  },
  {
    id: 'KGZ',
    kind: 'country',
    en: 'Kyrgyzstan',
    names: ['قرغيزستان', 'قيرغيزستان', 'قرغيزيا'],
    adjectives: ['قرغيزي', 'قرغيزية', 'قيرغيزي', 'قيرغيزية'],
    namedInArticle: true,
  },
  {
    id: 'TJK',
    kind: 'country',
    en: 'Tajikistan',
    names: ['طاجيكستان'],
    adjectives: ['طاجيكي', 'طاجيكية', 'طاجيكستاني', 'طاجيكستانية'],
    namedInArticle: true,
  },
  // ------------------------------------------------------------ other countries
  {
    id: 'AZE',
    kind: 'country',
    en: 'Azerbaijan',
    names: ['أذربيجان'],
    adjectives: ['أذري', 'أذرية', 'أذربيجاني', 'أذربيجانية'],
    namedInArticle: true,
  },
  {
    id: 'UKR',
    kind: 'country',
    en: 'Ukraine',
    names: ['أوكرانيا'],
    adjectives: ['أوكراني', 'أوكرانية'],
    namedInArticle: true,
  },
  {
    id: 'usa',
    kind: 'country',
    mapId: null,
    en: 'United States',
    names: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'واشنطن'],
    adjectives: ['أمريكي', 'أمريكية', 'أميركي', 'أميركية'],
    namedInArticle: true,
  },
  {
    id: 'soviet-union',
    kind: 'country',
    mapId: null,
    en: 'Soviet Union',
    names: ['الاتحاد السوفييتي', 'الاتحاد السوفيتي'],
    adjectives: ['سوفييتي', 'سوفييتية', 'سوفيتي', 'سوفيتية'],
    namedInArticle: true,
  },
  {
    id: 'former-soviet-space',
    kind: 'area',
    mapId: null,
    en: 'the former Soviet space',
    names: [
      'المحيط السوفييتي السابق',
      'الفضاء السوفييتي السابق',
      'الفضاء السوفيتي السابق',
      'الفضاء ما بعد السوفييتي',
    ],
    namedInArticle: true,
  },
  // ------------------------------------------------------------ places
  {
    id: 'almaty',
    kind: 'place',
    en: 'Almaty',
    names: ['ألماتا', 'مدينة ألماتا', 'ألما آتا', 'آلماتي'],
    namedInArticle: true,
  },
  {
    id: 'almaty_airport',
    kind: 'place',
    en: 'Almaty airport',
    names: ['مطار ألماتا', 'مطار ألماتا الدولي'],
    references: ['المطار'],
    namedInArticle: true,
  },
  {
    id: 'western-kazakhstan',
    kind: 'area',
    mapId: 'mangystau',
    en: 'western Kazakhstan',
    names: ['غرب كازاخستان', 'غربي كازاخستان'],
    namedInArticle: true,
  },
  {
    id: 'mangystau',
    kind: 'region',
    en: 'Mangystau Region',
    names: ['مانغيستاو', 'منغستاو', 'مانغستاو'],
    namedInArticle: false,
  },
  {
    id: 'zhanaozen',
    kind: 'place',
    en: 'Zhanaozen',
    names: ['جاناوزن', 'جاناوزين', 'زاناوزن'],
    namedInArticle: false,
  },
  {
    id: 'nur_sultan',
    kind: 'place',
    en: 'Nur-Sultan (Astana)',
    names: ['نور سلطان', 'نور-سلطان', 'أستانا'],
    namedInArticle: false,
  },
  {
    id: 'moscow',
    kind: 'place',
    en: 'Moscow',
    names: ['موسكو'],
    namedInArticle: true,
  },
  {
    id: 'kremlin',
    kind: 'institution',
    mapId: 'moscow',
    en: 'the Kremlin',
    names: ['الكرملين'],
    namedInArticle: true,
  },
  {
    id: 'baku',
    kind: 'place',
    en: 'Baku',
    names: ['باكو'],
    namedInArticle: true,
  },
  {
    id: 'nagorno-karabakh',
    kind: 'region',
    // The article names it for the 2020 war the organisation stayed out of: the episode is on the map.
    mapId: 'episode-karabakh-2020',
    en: 'Nagorno-Karabakh',
    names: ['ناغورنو كاراباخ', 'ناغورني كاراباخ', 'ناغورنو قره باغ', 'قره باغ', 'كاراباخ'],
    namedInArticle: true,
  },
  {
    id: 'stepanakert',
    kind: 'place',
    en: 'Stepanakert (Khankendi)',
    names: ['ستيباناكيرت', 'خانكندي'],
    namedInArticle: false,
  },
  {
    id: 'osh',
    kind: 'place',
    en: 'Osh',
    names: ['أوش'],
    namedInArticle: false,
  },
  {
    id: 'kyiv',
    kind: 'place',
    en: 'Kyiv',
    names: ['كييف'],
    namedInArticle: false,
  },
  { id: 'minsk', kind: 'place', en: 'Minsk', names: ['مينسك'], namedInArticle: false },
  { id: 'yerevan', kind: 'place', en: 'Yerevan', names: ['يريفان'], namedInArticle: false },
  { id: 'bishkek', kind: 'place', en: 'Bishkek', names: ['بيشكيك'], namedInArticle: false },
  { id: 'dushanbe', kind: 'place', en: 'Dushanbe', names: ['دوشنبه'], namedInArticle: false },
  // ------------------------------------------------------------ organisations
  {
    id: 'csto',
    kind: 'organisation',
    mapId: null,
    en: 'Collective Security Treaty Organization (CSTO)',
    names: [
      'منظمة "معاهدة الأمن الجماعي"',
      '"معاهدة الأمن الجماعي"',
      'منظمة الأمن الجماعي',
    ],
    references: ['المنظمة'],
    namedInArticle: true,
  },
  {
    id: 'nato',
    kind: 'organisation',
    mapId: null,
    en: 'NATO',
    names: ['حلف الأطلسي', 'حلف شمال الأطلسي', 'الناتو', 'حلف الناتو'],
    namedInArticle: true,
  },
  {
    id: 'un',
    kind: 'organisation',
    mapId: null,
    en: 'United Nations',
    names: ['الأمم المتحدة', 'هيئة الأمم المتحدة'],
    namedInArticle: true,
  },
  {
    id: 'kaz-security-council',
    kind: 'institution',
    mapId: null,
    en: 'Security Council of Kazakhstan',
    names: ['مجلس الأمن'],
    namedInArticle: true,
  },
  {
    id: 'knb',
    kind: 'institution',
    mapId: null,
    en: 'National Security Committee of Kazakhstan (KNB)',
    names: ['جهاز الأمن الوطني', 'لجنة الأمن الوطني'],
    namedInArticle: true,
  },
  {
    id: 'kgb',
    kind: 'institution',
    mapId: null,
    en: 'KGB (Soviet)',
    names: ['كا جي بي'],
    namedInArticle: true,
  },
  {
    id: 'fsb',
    kind: 'institution',
    mapId: null,
    en: 'FSB (Russia)',
    names: ['في إس بي', 'هيئة الأمن الروسية', 'جهاز الأمن الفيدرالي'],
    namedInArticle: true,
  },
  // ------------------------------------------------------------ people (so that their names are not read as places)
  {
    id: 'tokayev',
    kind: 'person',
    mapId: null,
    en: 'Kassym-Jomart Tokayev',
    names: ['قاسم جومارت توكاييف', 'توكاييف'],
    namedInArticle: true,
  },
  {
    id: 'nazarbayev',
    kind: 'person',
    mapId: null,
    en: 'Nursultan Nazarbayev',
    names: ['نور سلطان نزارباييف', 'نزارباييف'],
    namedInArticle: true,
  },
  {
    id: 'massimov',
    kind: 'person',
    mapId: null,
    en: 'Karim Massimov',
    names: ['قاسم ماسيموف', 'كريم ماسيموف', 'ماسيموف'],
    namedInArticle: true,
  },
  {
    id: 'putin',
    kind: 'person',
    mapId: null,
    en: 'Vladimir Putin',
    names: ['فلاديمير بوتين', 'بوتين'],
    namedInArticle: true,
  },
];

export const gazetteerById: Readonly<Record<string, GazetteerEntry>> = Object.fromEntries(
  gazetteer.map((e) => [e.id, e]),
);
