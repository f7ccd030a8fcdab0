/**
 * Where every figure and date shown comes from. The app lists these as text and never
 * fetches them.
 */
export interface Source {
  id: string;
  outlet: string;
  /** ISO date of publication, or a month (YYYY-MM) where the day is not known. */
  date: string;
  url?: string;
  note?: string;
}

const list: Source[] = [
  {
    id: 'article',
    outlet: 'قوات منظمة معاهدة الأمن الجماعي... أدوار جديدة بإمرة الكرملين',
    date: '2022-01-13',
    note: 'The article this map explains (Arabic). The copy names no outlet and no author; its photo is credited to Valery Sharifulin/Getty.',
  },
  {
    id: 'panorama-2022-01-07',
    outlet: 'Panorama.am',
    date: '2022-01-07',
    url: 'https://panorama.am/en/news/2022/01/07/Armenia-peacekeepers-Kazakhstan/2623551',
    note: 'Armenia’s figure cites the Armenian Defense Ministry; the others are “reportedly”.',
  },
  {
    id: 'asiaplus-2022-01-06',
    outlet: 'Asia-Plus',
    date: '2022-01-06',
    url: 'https://asiaplus.news/en/news/tajikistan/security/20220106/tajikistan-reportedly-intends-to-send-about-200-peacekeepers-to-kazakhstan',
    note: 'Citing RIA Novosti.',
  },
  {
    id: 'apostrophe-2022-01-06',
    outlet: 'Apostrophe.ua',
    date: '2022-01-06',
    url: 'https://apostrophe.ua/en/news/world/ex-ussr/2022-01-06/chto-takoe-odkb-i-skolko-voysk-otpravyat-v--kazahstan/255131',
    note: 'Early estimates, later superseded.',
  },
  {
    id: 'sputnik-2022-01-06',
    outlet: 'Sputnik (CSTO Secretary-General Stanislav Zas)',
    date: '2022-01-06',
    url: 'https://sputniknews.com/20220106/csto-to-dispatch-2500-peacekeepers-to-kazakhstan-number-can-be-increased-secretary-general-says-1092073012.html',
  },
  {
    id: 'qazaqtv-2022-01-13',
    outlet: 'Qazaq TV',
    date: '2022-01-13',
    url: 'https://qazaqtv.com/amp/en/news/society/16550-csto-peacekeepers-to-leave-kazakhstan-today',
  },
  {
    id: 'azerbaycan24-2022-01',
    outlet: 'Azerbaycan24 (citing TASS)',
    date: '2022-01',
    url: 'https://www.azerbaycan24.com/en/csto-peacekeepers-from-four-countries-leave-kazakhstan/',
  },
  { id: 'trend-2022-01-10', outlet: 'Trend.az', date: '2022-01-10' },
  { id: 'wapo-2022-01-14', outlet: 'The Washington Post', date: '2022-01-14' },
  { id: 'armradio-2022-01-06', outlet: 'Armradio (CSTO secretariat)', date: '2022-01-06' },
  { id: 'tvrby-2022-01-06', outlet: 'TVR.by', date: '2022-01-06' },
  {
    id: 'natural-earth',
    outlet: 'Natural Earth',
    date: '2018-05',
    url: 'https://www.naturalearthdata.com/',
    note: 'Version 4.1.0: boundaries and coordinates, public domain.',
  },
  {
    id: 'encyclopedia-ar-2022-01',
    outlet: 'Encyclopedia summary of the January 2022 unrest in Kazakhstan (Arabic edition)',
    date: '2022-01',
    note: 'On 11 January Tokayev announced that the withdrawal would begin on 13 January and take about ten days.',
  },
];

export const sources: Readonly<Record<string, Source>> = Object.fromEntries(
  list.map((s) => [s.id, s]),
);
