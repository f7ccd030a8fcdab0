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
    label: {
      en: 'Price caps on liquefied gas are lifted; its price roughly doubles',
      ar: 'رفع سقف أسعار الغاز المسال وتضاعف سعره تقريباً',
      ru: 'Сняты ограничения цен на сжиженный газ; его цена примерно удваивается',
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
      ru: 'Протесты начинаются в Жанаозене, Мангистауская область',
    },
    source: 'trend-2022-01-10',
    also: [{ source: 'apostrophe-2022-01-06' }, { source: 'article', paragraph: 3, note: '"in western Kazakhstan", no date' }],
  },
  {
    id: 'protests-reach-almaty',
    date: '2022-01-04',
    type: 'protest',
    featureIds: ['spread-west-almaty', 'almaty'],
    label: { en: 'The protests reach Almaty', ar: 'الاحتجاجات تصل إلى ألماتا', ru: 'Протесты доходят до Алматы' },
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
      ru: 'Отставка правительства, чрезвычайное положение; Токаев сменяет Назарбаева на посту председателя Совета безопасности',
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
    label: { en: 'Groups seize Almaty airport', ar: 'مجموعات تستولي على مطار ألماتا', ru: 'Группы людей захватывают аэропорт Алматы' },
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
      ru: 'Токаев просит ОДКБ о помощи',
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
      ru: 'ОДКБ решает направить свои коллективные миротворческие силы',
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
      ru: 'Россия начинает отправку войск; первые подразделения прибывают в Алматы',
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
      ru: 'Сообщается о контингентах Армении, Беларуси, Кыргызстана и Таджикистана',
    },
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
    label: {
      en: 'Tokayev says “up to 20,000 bandits” attacked Almaty alone (the article: “more than 20,000 gunmen” he spoke of)',
      ar: 'توكاييف يقول إن ما يصل إلى 20 ألف «قاطع طريق» هاجموا ألماتا وحدها (المقال: «أكثر من 20 ألف مسلح» تحدث عنهم)',
      ru: 'Токаев заявляет, что на один только Алматы напали до 20 000 бандитов (в статье — «более 20 000 вооружённых людей», о которых он говорил)',
    },
    source: 'regnum-2022-01-07',
    also: [{ source: 'pledgetimes-2022-01-07' }, { source: 'article', paragraph: 16, note: 'no date' }],
    figures: [{ value: 20000, what: { en: 'attackers, as Tokayev said', ar: 'مهاجم، بحسب توكاييف', ru: 'нападавших, по словам Токаева' }, source: 'regnum-2022-01-07' }],
  },
  {
    id: 'withdrawal-announced',
    date: '2022-01-11',
    type: 'government',
    featureIds: [],
    label: {
      en: 'Tokayev tells parliament the main mission is complete: a phased withdrawal begins in two days',
      ar: 'توكاييف يبلغ البرلمان أن المهمة الرئيسية أُنجزت وأن انسحاباً تدريجياً يبدأ بعد يومين',
      ru: 'Токаев заявляет парламенту, что основная миссия выполнена: через два дня начнётся поэтапный вывод',
    },
    source: 'armradio-2022-01-11',
    also: [{ source: 'article', paragraph: 24, note: '"from tomorrow, Thursday ... within ten days"' }],
  },
  {
    id: 'withdrawal-begins',
    date: '2022-01-13',
    type: 'withdrawal',
    featureIds: [...CONTRIBUTORS],
    label: {
      en: 'The withdrawal begins. Shoigu’s plan: 14 Russian aircraft fly the Armenian, Belarusian and Tajik units home on 14 January; the Kyrgyz unit leaves by road within five days; all done by 19 January',
      ar: 'بدء الانسحاب. خطة شويغو: 14 طائرة روسية تعيد الوحدات الأرمينية والبيلاروسية والطاجيكية في 14 يناير، والوحدة القرغيزية تغادر براً في غضون خمسة أيام، وينتهي كل شيء بحلول 19 يناير',
      ru: 'Вывод начинается. План Шойгу: 14 российских самолётов доставят армянское, белорусское и таджикское подразделения домой 14 января; кыргызское подразделение уйдёт своим ходом в течение пяти дней; всё завершится к 19 января',
    },
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
    label: {
      en: 'As Shoigu planned, the Armenian, Belarusian and Tajik units fly home: the Belarusians from Zhitygen airfield, the Armenians and Tajiks from Almaty airfield',
      ar: 'بحسب خطة شويغو، تعود الوحدات الأرمينية والبيلاروسية والطاجيكية جواً: البيلاروسية من مطار جيتيغين، والأرمينية والطاجيكية من مطار ألماتا',
      ru: 'По плану Шойгу армянское, белорусское и таджикское подразделения улетают домой: белорусы — с аэродрома Жетыген, армяне и таджики — с аэродрома Алматы',
    },
    source: 'armradio-2022-01-13',
    also: [{ source: 'azerbaycan24-2022-01', note: 'the airfields' }],
  },
  {
    id: 'withdrawal-complete',
    date: '2022-01-19',
    type: 'departure',
    featureIds: ['RUS', 'KGZ'],
    label: {
      en: 'Kazakhstan’s Defence Ministry: the withdrawal is complete; the last units left from Almaty airport. The Kyrgyz unit had driven home, about 250 km',
      ar: 'وزارة الدفاع الكازاخستانية: اكتمل الانسحاب، وغادرت آخر الوحدات من مطار ألماتا. وكانت الوحدة القرغيزية قد عادت براً، نحو 250 كم',
      ru: 'Министерство обороны Казахстана: вывод завершён; последние подразделения вылетели из аэропорта Алматы. Кыргызское подразделение вернулось домой своим ходом — около 250 км',
    },
    source: 'anadolu-2022-01-19',
    also: [{ source: 'azerbaycan24-2022-01', note: 'the Kyrgyz unit by road' }, { source: 'armradio-2022-01-13', note: 'the plan: done by 19 January' }],
    figures: [{ value: 250, what: { en: 'km by road to Kyrgyzstan', ar: 'كم براً إلى قرغيزستان', ru: 'км по автодороге до Кыргызстана' }, source: 'azerbaycan24-2022-01' }],
  },
];

export const eventById: Readonly<Record<string, TimelineEvent>> = Object.fromEntries(events.map((e) => [e.id, e]));
