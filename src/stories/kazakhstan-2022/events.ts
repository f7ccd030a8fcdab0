/**
 * What happened, day by day, 1–19 January 2022. Each event names the map features it
 * is about (a feature appears on the map from its first event on: see
 * `src/domain/timeline.ts`) and where its date comes from. The article gives few dates
 * itself (the evening of 5 January, "the 6th of this month", "from tomorrow, Thursday");
 * the others come from the sources in `src/stories/kazakhstan-2022/sources.ts`.
 *
 * Events about the whole country (fuel prices, the government's dismissal, the CSTO's
 * decision) name no feature, so they reveal nothing on the map. A `withdrawal` event names
 * the contingents that begin to leave that day; a `departure` event those that are gone by
 * its end (`withdrawingAt`, `departedBefore`).
 */
import type { TimelineEvent } from '../../domain/timeline';

export const CONTRIBUTORS = ['RUS', 'ARM', 'BLR', 'KGZ', 'TJK'] as const;
/** The host state and the states that sent troops: the story's actors. */
export const ACTORS = ['KAZ', ...CONTRIBUTORS] as const;

export const events: readonly TimelineEvent[] = [
  {
    id: 'fuel-price-caps-lifted',
    date: '2022-01-01',
    type: 'prices',
    featureIds: [],
    source: 'trend-2022-01-10',
    also: [{ source: 'wapo-2022-01-14' }],
  },
  {
    id: 'protests-begin',
    date: '2022-01-02',
    type: 'protest',
    featureIds: ['zhanaozen', 'mangystau'],
    source: 'trend-2022-01-10',
    also: [{ source: 'apostrophe-2022-01-06' }, { source: 'article', paragraph: 3, note: '"in western Kazakhstan", no date' }],
  },
  {
    id: 'protests-reach-almaty',
    date: '2022-01-04',
    type: 'protest',
    featureIds: ['spread-west-almaty', 'almaty'],
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 3, note: 'no date' }],
  },
  {
    id: 'government-dismissed',
    date: '2022-01-05',
    type: 'government',
    featureIds: [],
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 5, note: 'the chair, no date' }],
  },
  {
    id: 'airport-seized',
    date: '2022-01-05',
    time: 'evening',
    type: 'protest',
    featureIds: ['almaty_airport'],
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 3, note: 'no date' }],
  },
  {
    id: 'request-for-help',
    date: '2022-01-05',
    time: 'evening',
    type: 'government',
    featureIds: ['KAZ'],
    source: 'article',
    paragraph: 4,
    also: [{ source: 'trend-2022-01-10' }],
  },
  {
    id: 'csto-decision',
    date: '2022-01-06',
    type: 'deployment',
    featureIds: [],
    source: 'armradio-2022-01-06',
    also: [{ source: 'tvrby-2022-01-06' }],
  },
  {
    id: 'russian-units-arrive',
    date: '2022-01-06',
    type: 'deployment',
    featureIds: ['RUS'],
    source: 'article',
    paragraph: 7,
    also: [{ source: 'article', paragraph: 1 }, { source: 'tvrby-2022-01-06' }],
  },
  {
    id: 'other-contingents',
    date: '2022-01-07',
    type: 'deployment',
    featureIds: ['ARM', 'BLR', 'KGZ', 'TJK'],
    source: 'panorama-2022-01-07',
    also: [
      { source: 'article', paragraph: 7, note: '"later", no date' },
      { source: 'asiaplus-2022-01-06', note: 'Tajikistan "intends to send"' },
    ],
  },
  {
    id: 'tokayev-20000',
    date: '2022-01-07',
    type: 'government',
    featureIds: [],
    source: 'regnum-2022-01-07',
    also: [
      { source: 'pledgetimes-2022-01-07' },
      { source: 'article', paragraph: 4, note: '"more than 20,000" fighters, on the evening of 5 January' },
      { source: 'article', paragraph: 16, note: 'no date' },
    ],
    figures: [{ value: 20000, what: { en: 'attackers (up to), as Tokayev said', ar: 'مهاجم (ما يصل إلى)، بحسب توكاييف', ru: 'нападавших (до), по словам Токаева' }, source: 'regnum-2022-01-07' }],
  },
  {
    id: 'withdrawal-announced',
    date: '2022-01-11',
    type: 'government',
    featureIds: [],
    source: 'armradio-2022-01-11',
    also: [{ source: 'article', paragraph: 24, note: '"from tomorrow, Thursday ... within ten days"' }],
  },
  {
    id: 'withdrawal-begins',
    date: '2022-01-13',
    type: 'withdrawal',
    featureIds: [...CONTRIBUTORS],
    source: 'qazaqtv-2022-01-13',
    also: [
      { source: 'armradio-2022-01-13', note: 'the plan' },
      { source: 'article', paragraph: 24, note: '"from tomorrow, Thursday"' },
    ],
    figures: [
      { value: 14, what: { en: 'Russian aircraft, on 14 January', ar: 'طائرة روسية، في 14 يناير', ru: 'российских самолётов, 14 января' }, source: 'armradio-2022-01-13' },
      { value: 19, what: { en: 'January: everything done by then', ar: 'يناير: موعد إنجاز كل شيء', ru: 'января: к этому дню всё завершено' }, source: 'armradio-2022-01-13' },
    ],
  },
  {
    id: 'three-units-fly-home',
    date: '2022-01-14',
    type: 'departure',
    featureIds: ['ARM', 'BLR', 'TJK'],
    source: 'armradio-2022-01-13',
    also: [{ source: 'azerbaycan24-2022-01', note: 'the airfields' }],
  },
  {
    // Shoigu's plan of 13 January, as Armradio reported it: the Kyrgyz unit leaves by road "within five days".
    id: 'kyrgyz-unit-leaves',
    date: '2022-01-18',
    type: 'departure',
    featureIds: ['KGZ'],
    source: 'armradio-2022-01-13',
    note: 'the plan: "within five days" of 13 January',
    also: [{ source: 'azerbaycan24-2022-01', note: 'by road, about 250 km; no date' }],
    figures: [{ value: 250, what: { en: 'km by road to Kyrgyzstan', ar: 'كم براً إلى قرغيزستان', ru: 'км по автодороге до Кыргызстана' }, source: 'azerbaycan24-2022-01' }],
  },
  {
    id: 'withdrawal-complete',
    date: '2022-01-19',
    type: 'departure',
    featureIds: ['RUS'],
    source: 'anadolu-2022-01-19',
    also: [{ source: 'armradio-2022-01-13', note: 'the plan: done by 19 January' }],
  },
];

export const eventById: Readonly<Record<string, TimelineEvent>> = Object.fromEntries(events.map((e) => [e.id, e]));
