/**
 * What a panel must say beside its figures and excerpts: where sources disagree, which
 * figure the map draws, why a mark stands where it does, what a boundary no longer is.
 * Keyed by selection id. Ours, in every language; every number in a note is one of its
 * `figures` or a date or paragraph of its sources (`provenance.test.ts`).
 */
import type { Note } from '../../domain/story';
import type { SourcedNumber } from '../../domain/timeline';

const ARTICLE_600: SourcedNumber = {
  value: 600,
  what: { en: 'soldiers of the four smaller contributors together (about, at most)', ar: 'جندي من الدول الأربع الأصغر معاً (نحو، كأقصى حد)', ru: 'военнослужащих четырёх меньших участников вместе (самое большее около)' },
  source: 'article',
  paragraph: 8,
};
const REPORTED_950: SourcedNumber = {
  value: 950,
  what: { en: 'soldiers: the four reported figures added up', ar: 'جندي: مجموع الأرقام الأربعة المنشورة', ru: 'военнослужащих: сумма четырёх опубликованных цифр' },
  source: 'panorama-2022-01-07',
};

/** The four smaller contributors' figures as Panorama.am published them (7 January 2022): Armenia's is its Defense Ministry's, the others "reportedly". */
const SMALL_FIGURES: SourcedNumber[] = [
  { ...REPORTED_950, value: 100, what: { en: 'soldiers (the Armenian Defense Ministry’s figure)', ar: 'جندي (رقم وزارة الدفاع الأرمينية)', ru: 'военнослужащих (по данным Министерства обороны Армении)' } },
  ...[500, 150, 200].map((v) => ({ ...REPORTED_950, value: v, what: { en: 'soldiers (reportedly)', ar: 'جندي (بحسب التقارير)', ru: 'военнослужащих (по сообщениям)' } })),
];

/**
 * The note of one of the four smaller contributors: the two totals, and which figure sizes its circle.
 * `name` is the country's name in each language, in a form its sentence can take as it is;
 * `size` says, in each language, what the circle's figure is (Armenia's is its ministry's, the others are reported).
 */
function smallContributor(name: Note['text'], value: number, size?: Note['text']): Note {
  return {
    text: {
      en: `The reports disagree. The four smaller contributors’ published figures (Armenia 100, per its Defense Ministry; Belarus 500, Kyrgyzstan 150 and Tajikistan 200, reportedly; Panorama.am, 7 January 2022) add up to 950, while the article puts the four together at “about 600 soldiers at most” (paragraph 8). ${size?.en ?? `The circle’s size is ${name.en}’s reported ${value}.`}`,
      ar: `التقارير متضاربة: مجموع الأرقام المنشورة للدول الأربع الأصغر (أرمينيا 100 بحسب وزارة دفاعها، وبيلاروسيا 500 وقرغيزستان 150 وطاجيكستان 200 بحسب التقارير؛ موقع Panorama.am، 7 يناير 2022) هو 950، في حين يقدّر المقال قواتها معاً بـ«نحو 600 جندي كأقصى حد» (الفقرة 8). ${size?.ar ?? `ويمثّل حجم الدائرة الرقم المنشور لـ${name.ar}: ${value}.`}`,
      ru: `Сообщения расходятся. Опубликованные цифры четырёх меньших участников (Армения — 100, по данным её Министерства обороны; Беларусь — 500, Кыргызстан — 150 и Таджикистан — 200, по сообщениям; Panorama.am, 7 января 2022 г.) в сумме дают 950, тогда как, по статье, эти четыре страны вместе направили «самое большее около 600 военнослужащих» (абзац 8). ${size?.ru ?? `Размер круга соответствует опубликованной цифре: ${name.ru} — ${value}.`}`,
    },
    sources: [{ source: 'panorama-2022-01-07' }, { source: 'article', paragraph: 8 }],
    figures: [...SMALL_FIGURES, REPORTED_950, ARTICLE_600],
  };
}

export const notes: Readonly<Record<string, readonly Note[]>> = {
  ARM: [
    smallContributor({ en: 'Armenia', ar: 'أرمينيا', ru: 'Армения' }, 100, {
      en: 'The circle’s size is Armenia’s 100, its Defense Ministry’s figure.',
      ar: 'ويمثّل حجم الدائرة رقم أرمينيا، 100، وهو رقم وزارة دفاعها.',
      ru: 'Размер круга соответствует цифре Армении — 100, по данным её Министерства обороны.',
    }),
  ],
  BLR: [smallContributor({ en: 'Belarus', ar: 'بيلاروسيا', ru: 'Беларусь' }, 500)],
  KGZ: [smallContributor({ en: 'Kyrgyzstan', ar: 'قرغيزستان', ru: 'Кыргызстан' }, 150)],
  TJK: [smallContributor({ en: 'Tajikistan', ar: 'طاجيكستان', ru: 'Таджикистан' }, 200)],
  RUS: [
    {
      text: {
        en: 'The sources disagree. The CSTO’s Secretary-General gave “about 2,500” for the whole force (Sputnik, 6 January 2022), while the article counts more than 2,500 Russian soldiers alone (paragraph 7) and also cites several reports that Russia sent more than 5,000 (paragraph 8); Panorama.am reported 3,000 Russians (7 January 2022). The circle’s size is the article’s 2,500.',
        ar: 'المصادر متضاربة: ذكر الأمين العام للمنظمة «نحو 2500» للقوة كلها (سبوتنيك، 6 يناير 2022)، في حين يذكر المقال أكثر من 2500 جندي روسي وحدهم (الفقرة 7)، وينقل أيضاً عن تقارير عدة أن روسيا أرسلت أكثر من 5 آلاف جندي (الفقرة 8)؛ ونشر موقع Panorama.am رقم 3000 جندي روسي بحسب التقارير (7 يناير 2022). ويمثّل حجم الدائرة رقم المقال: 2500.',
        ru: 'Источники расходятся. Генеральный секретарь ОДКБ назвал для всех сил в целом цифру «около 2 500» (Sputnik, 6 января 2022 г.), тогда как статья насчитывает более 2 500 одних только российских военнослужащих (абзац 7) и ссылается также на ряд сообщений о том, что Россия направила более 5 000 (абзац 8); Panorama.am сообщил о 3 000 российских военных (7 января 2022 г.). Размер круга — цифра статьи: 2 500.',
      },
      sources: [{ source: 'sputnik-2022-01-06' }, { source: 'article', paragraph: 7 }, { source: 'article', paragraph: 8 }, { source: 'panorama-2022-01-07' }],
      figures: [
        { value: 2500, what: { en: 'soldiers in the whole force (about)', ar: 'جندي في القوة كلها (نحو)', ru: 'военнослужащих во всех силах (около)' }, source: 'sputnik-2022-01-06' },
        { value: 2500, what: { en: 'Russian soldiers (more than)', ar: 'جندي روسي (أكثر من)', ru: 'российских военнослужащих (более)' }, source: 'article', paragraph: 7 },
        { value: 5000, what: { en: 'Russian soldiers, as several reports said (more than)', ar: 'جندي روسي بحسب تقارير عدة (أكثر من)', ru: 'российских военнослужащих, по данным ряда сообщений (более)' }, source: 'article', paragraph: 8 },
        { value: 3000, what: { en: 'Russian soldiers (reportedly)', ar: 'جندي روسي (بحسب التقارير)', ru: 'российских военнослужащих (по сообщениям)' }, source: 'panorama-2022-01-07' },
      ],
    },
  ],
  'south-kazakhstan': [
    {
      text: {
        en: 'By the time of the unrest this region no longer existed: in 2018 South Kazakhstan became Turkistan Region, and Shymkent a city outside it (Kazinform, 26 June 2018). The map’s older boundaries still draw it as one unit.',
        ar: 'لم تعد هذه المنطقة قائمة وقت الاضطرابات: ففي عام 2018 أصبحت كازاخستان الجنوبية منطقة تركستان، وأصبحت شيمكنت مدينة خارجها (كازإنفورم، 26 يونيو 2018). وما زالت حدود الخريطة الأقدم ترسمها وحدة واحدة.',
        ru: 'Ко времени беспорядков этой области уже не существовало: в 2018 г. Южно-Казахстанская область стала Туркестанской областью, а Шымкент — городом вне её (Kazinform, 26 июня 2018 г.). Более старые границы на карте по-прежнему показывают её единым целым.',
      },
      sources: [{ source: 'kazinform-2018-06-26' }],
    },
  ],
  'episode-osh-2010': [
    {
      text: {
        en: 'The article names Kyrgyzstan, not a town: it says the organisation refused in 2010 to intervene there (paragraph 11). The mark stands at Osh, the centre of the violence in Kyrgyzstan in June 2010 (Eurasianet, 12 June 2010).',
        ar: 'يذكر المقال قرغيزستان لا مدينة بعينها: يقول إن المنظمة رفضت عام 2010 التدخل فيها (الفقرة 11). وتقف العلامة عند أوش، مركز أعمال العنف في قرغيزستان في يونيو 2010 (موقع Eurasianet، 12 يونيو 2010).',
        ru: 'Статья называет Кыргызстан, а не город: по её словам, в 2010 году организация отказалась вмешаться в события там (абзац 11). Метка стоит в Оше, центре насилия в Кыргызстане в июне 2010 г. (Eurasianet, 12 июня 2010 г.).',
      },
      sources: [{ source: 'article', paragraph: 11 }, { source: 'eurasianet-2010-06-12' }],
    },
  ],
  'episode-karabakh-2020': [
    {
      text: {
        en: 'Russia, the article says, pointed out at the time that the 2020 fighting was around the disputed Nagorno-Karabakh region (paragraph 11). The mark stands at Stepanakert (Khankendi), the region’s main town (Azatutyun, 4 October 2020).',
        ar: 'ينقل المقال أن روسيا أشارت حينها إلى أن معارك عام 2020 تدور حول إقليم ناغورنو كاراباخ المتنازع عليه (الفقرة 11). وتقف العلامة عند ستيباناكيرت (خانكندي)، كبرى بلدات الإقليم (موقع Azatutyun، 4 أكتوبر 2020).',
        ru: 'По словам статьи, Россия указывала тогда, что бои 2020 года идут вокруг спорного региона Нагорный Карабах (абзац 11). Метка стоит в Степанакерте (Ханкенди), главном городе региона (Azatutyun, 4 октября 2020 г.).',
      },
      sources: [{ source: 'article', paragraph: 11 }, { source: 'azatutyun-2020-10-04' }],
    },
  ],
  'episode-kgz-tjk-2021': [
    {
      text: {
        en: 'The line is the whole border between the two countries as the map draws it (Natural Earth, simplified), not a route: the article says the clashes were over border disputes about sharing water (paragraph 13), without naming a place.',
        ar: 'الخط هو الحدود كلها بين البلدين كما ترسمها الخريطة (بيانات Natural Earth، مبسّطة)، وليس طريقاً: يقول المقال إن الاشتباكات كانت بسبب خلافات حدودية على تقاسم المياه (الفقرة 13)، من دون أن يسمّي مكاناً.',
        ru: 'Линия — это вся граница между двумя странами в том виде, в каком её рисует карта (Natural Earth, в упрощённом виде), а не маршрут: статья говорит, что столкновения были вызваны пограничными спорами о разделе воды (абзац 13), не называя места.',
      },
      sources: [{ source: 'natural-earth' }, { source: 'article', paragraph: 13 }],
    },
  ],
  'episode-kyiv-2022': [
    {
      text: {
        en: 'Not an earlier crisis: the article cites the standoff over Ukraine as going on at the same time, in January 2022 (paragraph 19).',
        ar: 'ليست أزمة سابقة: يذكر المقال المواجهة بشأن أوكرانيا على أنها جارية في الوقت نفسه، في يناير 2022 (الفقرة 19).',
        ru: 'Это не более ранний кризис: статья упоминает противостояние вокруг Украины как происходившее в то же время, в январе 2022 г. (абзац 19).',
      },
      sources: [{ source: 'article', paragraph: 19 }],
    },
  ],
};
