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
  what: { en: 'soldiers of the four smaller contributors together (at most)', ar: 'جندي من الدول الأربع الأصغر معاً (كأقصى حد)', ru: 'военнослужащих четырёх меньших участников вместе (не более)' },
  source: 'article',
  paragraph: 8,
};
const REPORTED_950: SourcedNumber = {
  value: 950,
  what: { en: 'soldiers: the four reported figures added up', ar: 'جندي: مجموع الأرقام الأربعة المنشورة', ru: 'военнослужащих: сумма четырёх опубликованных цифр' },
  source: 'panorama-2022-01-07',
};

/**
 * The note of one of the four smaller contributors: the two totals, and which figure sizes its circle.
 * `name` is the country's name in each language, in a form its sentence can take as it is.
 */
function smallContributor(name: Note['text'], value: number): Note {
  return {
    text: {
      en: `The reports disagree. The four smaller contributors’ reported figures (Armenia 100, Belarus 500, Kyrgyzstan 150, Tajikistan 200; Panorama.am, 7 January 2022) add up to 950, while the article puts the four together at “about 600 soldiers at most” (paragraph 8). The circle’s size is ${name.en}’s reported ${value}.`,
      ar: `التقارير متضاربة: مجموع الأرقام المنشورة للدول الأربع الأصغر (أرمينيا 100، بيلاروسيا 500، قرغيزستان 150، طاجيكستان 200؛ موقع Panorama.am، 7 يناير 2022) هو 950، في حين يقدّر المقال قواتها معاً بـ«نحو 600 جندي كأقصى حد» (الفقرة 8). ويمثّل حجم الدائرة الرقم المنشور لـ${name.ar}: ${value}.`,
      ru: `Сообщения расходятся. Опубликованные цифры четырёх меньших участников (Армения 100, Беларусь 500, Кыргызстан 150, Таджикистан 200; Panorama.am, 7 января 2022 г.) в сумме дают 950, тогда как, по статье, эти четыре страны вместе направили «самое большее около 600 военнослужащих» (абзац 8). Размер круга соответствует опубликованной цифре: ${name.ru} — ${value}.`,
    },
    sources: [{ source: 'panorama-2022-01-07' }, { source: 'article', paragraph: 8 }],
    figures: [
      ...[100, 500, 150, 200].map((v) => ({ ...REPORTED_950, value: v, what: { en: 'soldiers (reportedly)', ar: 'جندي (بحسب التقارير)', ru: 'военнослужащих (по сообщениям)' } })),
      REPORTED_950,
      ARTICLE_600,
    ],
  };
}

export const notes: Readonly<Record<string, readonly Note[]>> = {
  ARM: [smallContributor({ en: 'Armenia', ar: 'أرمينيا', ru: 'Армения' }, 100)],
  BLR: [smallContributor({ en: 'Belarus', ar: 'بيلاروسيا', ru: 'Беларусь' }, 500)],
  KGZ: [smallContributor({ en: 'Kyrgyzstan', ar: 'قرغيزستان', ru: 'Кыргызстан' }, 150)],
  TJK: [smallContributor({ en: 'Tajikistan', ar: 'طاجيكستان', ru: 'Таджикистан' }, 200)],
  RUS: [
    {
      text: {
        en: 'The sources disagree. The CSTO’s Secretary-General gave “about 2,500” for the whole force (Sputnik, 6 January 2022), while the article counts more than 2,500 Russian soldiers alone (paragraph 7). The circle’s size is the article’s 2,500.',
        ar: 'المصادر متضاربة: ذكر الأمين العام للمنظمة «نحو 2500» للقوة كلها (سبوتنيك، 6 يناير 2022)، في حين يذكر المقال أكثر من 2500 جندي روسي وحدهم (الفقرة 7). ويمثّل حجم الدائرة رقم المقال: 2500.',
        ru: 'Источники расходятся. Генеральный секретарь ОДКБ назвал для всех сил в целом цифру «около 2 500» (Sputnik, 6 января 2022 г.), тогда как статья насчитывает более 2 500 одних только российских военнослужащих (абзац 7). Размер круга — цифра статьи: 2 500.',
      },
      sources: [{ source: 'sputnik-2022-01-06' }, { source: 'article', paragraph: 7 }],
      figures: [
        { value: 2500, what: { en: 'soldiers in the whole force (about)', ar: 'جندي في القوة كلها (نحو)', ru: 'военнослужащих во всех силах (около)' }, source: 'sputnik-2022-01-06' },
        { value: 2500, what: { en: 'Russian soldiers (more than)', ar: 'جندي روسي (أكثر من)', ru: 'российских военнослужащих (более)' }, source: 'article', paragraph: 7 },
      ],
    },
  ],
  'south-kazakhstan': [
    {
      text: {
        en: 'By the time of the unrest this region no longer existed: in June 2018 South Kazakhstan became Turkistan Region, and Shymkent a city outside it (Kazinform, 26 June 2018). The map’s older boundaries still draw it as one unit.',
        ar: 'لم تعد هذه المنطقة قائمة وقت الاضطرابات: ففي يونيو 2018 أصبحت كازاخستان الجنوبية منطقة تركستان، وأصبحت شيمكنت مدينة خارجها (كازإنفورم، 26 يونيو 2018). وما زالت حدود الخريطة الأقدم ترسمها وحدة واحدة.',
        ru: 'Ко времени беспорядков этой области уже не существовало: в июне 2018 г. Южно-Казахстанская область стала Туркестанской областью, а Шымкент — городом вне её (Kazinform, 26 июня 2018 г.). Более старые границы на карте по-прежнему показывают её единым целым.',
      },
      sources: [{ source: 'kazinform-2018-06-26' }],
    },
  ],
  'episode-osh-2010': [
    {
      text: {
        en: 'The article names Kyrgyzstan, not a town (paragraph 11). The mark stands at Osh, the centre of the violence of June 2010: Kyrgyzstan’s interim leader called the situation in Osh “out of control” and asked Russia for troops; Moscow called it an internal conflict and left the response to the CSTO (Eurasianet, 12 June 2010).',
        ar: 'يذكر المقال قرغيزستان لا مدينة بعينها (الفقرة 11). وتقف العلامة عند أوش، مركز أعمال العنف في يونيو 2010: وصفت رئيسة الحكومة المؤقتة في قرغيزستان الوضع في أوش بأنه «خارج عن السيطرة» وطلبت من روسيا إرسال قوات، فعدّته موسكو نزاعاً داخلياً وتركت الرد للمنظمة (موقع Eurasianet، 12 يونيو 2010).',
        ru: 'Статья называет Кыргызстан, а не город (абзац 11). Метка стоит в Оше, центре насилия в июне 2010 г.: глава временного правительства Кыргызстана назвала ситуацию в Оше «вышедшей из-под контроля» и попросила Россию прислать войска; Москва назвала это внутренним конфликтом и оставила ответ на усмотрение ОДКБ (Eurasianet, 12 июня 2010 г.).',
      },
      sources: [{ source: 'article', paragraph: 11 }, { source: 'eurasianet-2010-06-12' }],
    },
  ],
  'episode-karabakh-2020': [
    {
      text: {
        en: 'The article says the 2020 fighting was around the disputed Nagorno-Karabakh region (paragraph 11). The mark stands at Stepanakert (Khankendi), the region’s main town, shelled in that war (Azatutyun, 4 October 2020).',
        ar: 'يقول المقال إن معارك عام 2020 دارت حول إقليم ناغورنو كاراباخ المتنازع عليه (الفقرة 11). وتقف العلامة عند ستيباناكيرت (خانكندي)، كبرى بلدات الإقليم، التي قُصفت في تلك الحرب (موقع Azatutyun، 4 أكتوبر 2020).',
        ru: 'Статья говорит, что бои 2020 года шли вокруг спорного региона Нагорный Карабах (абзац 11). Метка стоит в Степанакерте (Ханкенди), главном городе региона, который обстреливали в ту войну (Azatutyun, 4 октября 2020 г.).',
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
