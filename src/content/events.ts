/**
 * What happened, day by day, 1–19 January 2022. Each event names the map features it
 * is about (a feature appears on the map from its first event on: see
 * `src/domain/timeline.ts`) and where its date comes from. The article gives few dates
 * itself (the evening of 5 January, "the 6th of this month", "from tomorrow, Thursday");
 * the others come from the sources in `src/content/sources.ts`.
 *
 * Events about the whole country (fuel prices, the government's dismissal, the CSTO's
 * decision) name no feature, so they reveal nothing on the map. The withdrawal was to
 * take "ten days" from 13 January, which ends after the axis: that event is dated
 * 2022-01-23, marked `approximate`, and the timeline shows it past the last day
 * (`axisSide` is "after").
 */
import type { TimelineEvent } from '../domain/timeline';

export const CONTRIBUTORS = ['RUS', 'ARM', 'BLR', 'KGZ', 'TJK'] as const;

export const events: readonly TimelineEvent[] = [
  {
    id: 'fuel-price-caps-lifted',
    date: '2022-01-01',
    type: 'prices',
    featureIds: [],
    label: {
      en: 'Price caps on liquefied gas are lifted; its price roughly doubles',
      ar: 'رفع سقف أسعار الغاز المسال وتضاعف سعره تقريباً',
    },
    source: 'trend-2022-01-10',
    also: [{ source: 'wapo-2022-01-14' }],
  },
  {
    id: 'protests-begin',
    date: '2022-01-02',
    type: 'protest',
    featureIds: ['zhanaozen', 'mangystau'],
    label: {
      en: 'Protests begin in Zhanaozen, Mangystau Region',
      ar: 'اندلاع الاحتجاجات في جاناوزن بمنطقة مانغيستاو',
    },
    source: 'trend-2022-01-10',
    also: [{ source: 'apostrophe-2022-01-06' }, { source: 'article', paragraph: 3, note: '"in western Kazakhstan", no date' }],
  },
  {
    id: 'protests-reach-almaty',
    date: '2022-01-04',
    type: 'protest',
    featureIds: ['spread-west-almaty', 'almaty'],
    label: { en: 'The protests reach Almaty', ar: 'الاحتجاجات تصل إلى ألماتا' },
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 3, note: 'no date' }],
  },
  {
    id: 'government-dismissed',
    date: '2022-01-05',
    type: 'government',
    featureIds: [],
    label: {
      en: 'Government dismissed, state of emergency; Tokayev takes the Security Council chair from Nazarbayev',
      ar: 'إقالة الحكومة وإعلان حالة الطوارئ، وتوكاييف يترأس مجلس الأمن بدلاً من نزارباييف',
    },
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 5, note: 'the chair, no date' }],
  },
  {
    id: 'airport-seized',
    date: '2022-01-05',
    time: 'evening',
    type: 'protest',
    featureIds: ['almaty_airport'],
    label: { en: 'Groups seize Almaty airport', ar: 'مجموعات تستولي على مطار ألماتا' },
    source: 'trend-2022-01-10',
    also: [{ source: 'article', paragraph: 3, note: 'no date' }],
  },
  {
    id: 'request-for-help',
    date: '2022-01-05',
    time: 'evening',
    type: 'government',
    featureIds: ['KAZ'],
    label: {
      en: 'Tokayev asks the CSTO for help',
      ar: 'توكاييف يطلب المساعدة من منظمة "معاهدة الأمن الجماعي"',
    },
    source: 'article',
    paragraph: 4,
    also: [{ source: 'trend-2022-01-10' }],
  },
  {
    id: 'csto-decision',
    date: '2022-01-06',
    type: 'deployment',
    featureIds: [],
    label: {
      en: 'The CSTO decides to send its collective peacekeeping forces',
      ar: 'المنظمة تقرر إرسال قوات حفظ السلام الجماعية',
    },
    source: 'armradio-2022-01-06',
    also: [{ source: 'tvrby-2022-01-06' }],
  },
  {
    id: 'russian-units-arrive',
    date: '2022-01-06',
    type: 'deployment',
    featureIds: ['RUS'],
    label: {
      en: 'Russia begins sending troops; the first units reach Almaty',
      ar: 'روسيا تبدأ إرسال قواتها وطلائعها تصل إلى ألماتا',
    },
    source: 'article',
    paragraph: 7,
    also: [{ source: 'article', paragraph: 1 }, { source: 'tvrby-2022-01-06' }],
  },
  {
    id: 'other-contingents',
    date: '2022-01-07',
    type: 'deployment',
    featureIds: ['ARM', 'BLR', 'KGZ', 'TJK'],
    label: {
      en: 'Contingents of Armenia, Belarus, Kyrgyzstan and Tajikistan reported',
      ar: 'الإعلان عن وحدات أرمينيا وبيلاروسيا وقرغيزستان وطاجيكستان',
    },
    source: 'panorama-2022-01-07',
    also: [
      { source: 'article', paragraph: 7, note: '"later", no date' },
      { source: 'asiaplus-2022-01-06', note: 'Tajikistan "intends to send"' },
    ],
  },
  {
    id: 'withdrawal-announced',
    date: '2022-01-11',
    type: 'withdrawal',
    featureIds: ['KAZ'],
    label: { en: 'Tokayev announces the withdrawal of the forces', ar: 'توكاييف يعلن انسحاب القوات' },
    source: 'encyclopedia-ar-2022-01',
  },
  {
    id: 'withdrawal-begins',
    date: '2022-01-13',
    type: 'withdrawal',
    featureIds: [...CONTRIBUTORS],
    label: { en: 'The withdrawal begins', ar: 'بدء انسحاب القوات' },
    source: 'qazaqtv-2022-01-13',
    also: [{ source: 'article', paragraph: 24, note: '"from tomorrow, Thursday"' }],
  },
  {
    id: 'withdrawal-due',
    date: '2022-01-23',
    approximate: true,
    type: 'withdrawal',
    featureIds: [],
    label: {
      en: 'Withdrawal due to be complete, 10 days after it began',
      ar: 'الموعد المقرر لإكمال الانسحاب بعد 10 أيام من بدئه',
    },
    source: 'article',
    paragraph: 24,
    also: [{ source: 'encyclopedia-ar-2022-01', note: '"about ten days"' }],
    figures: [{ value: 10, what: { en: 'days to complete the withdrawal', ar: 'أيام لإكمال الانسحاب' }, source: 'article', paragraph: 24 }],
  },
];

export const eventById: Readonly<Record<string, TimelineEvent>> = Object.fromEntries(events.map((e) => [e.id, e]));
