/**
 * The story through the map, following the article's argument: from the protests in the
 * west to the withdrawal. Captions are short and ours; a date or number in one comes from
 * the article or the sources and says so (`date`/`dateSource`, `events`, `figures`);
 * `provenance.test.ts` checks it. The article's own words are in `excerpts`.
 */
import type { Chapter } from '../../domain/chapters';

const CAPITALS_AND_ALMATY = ['moscow', 'minsk', 'yerevan', 'bishkek', 'dushanbe', 'almaty'];

export const chapters: readonly Chapter[] = [
  {
    id: 'west',
    title: { en: 'Protests in the west', ar: 'احتجاجات في الغرب', ru: 'Протесты на западе' },
    text: {
      en: 'The unrest began in western Kazakhstan: on 2 January, after fuel prices rose, protests broke out in Zhanaozen, in Mangystau Region.',
      ar: 'بدأت الاضطرابات في غرب كازاخستان: في 2 يناير، بعد ارتفاع أسعار الوقود، اندلعت الاحتجاجات في جاناوزن بمنطقة مانغيستاو.',
      ru: 'Беспорядки начались на западе Казахстана: 2 января, после роста цен на топливо, протесты вспыхнули в Жанаозене Мангистауской области.',
    },
    layers: ['protest', 'regions'],
    features: ['mangystau', 'zhanaozen'],
    // The whole country: the west is where it began, seen as part of Kazakhstan.
    fitTo: ['KAZ', 'zhanaozen'],
    highlight: 'zhanaozen',
    excerpts: ['west-to-almaty', 'fuel-prices', 'peaceful-first-days'],
    date: '2022-01-02',
    dateSource: { source: 'trend-2022-01-10' },
    events: ['fuel-price-caps-lifted', 'protests-begin'],
  },
  {
    id: 'almaty',
    title: { en: 'Almaty, and the airport seized', ar: 'ألماتا والاستيلاء على المطار', ru: 'Алматы и захват аэропорта' },
    text: {
      en: 'The protests spread to Almaty, the largest city, and turned from peaceful demonstrations to looting and arson; on 5 January groups seized its airport.',
      ar: 'انتقلت الاحتجاجات إلى ألماتا، كبرى مدن البلاد، وتحولت من تظاهرات سلمية إلى نهب وإحراق، وفي 5 يناير استولت مجموعات على مطارها.',
      ru: 'Протесты перекинулись на Алматы, крупнейший город, и из мирных демонстраций переросли в грабежи и поджоги; 5 января группы людей захватили его аэропорт.',
    },
    layers: ['protest', 'almaty'],
    features: ['spread-west-almaty', 'almaty', 'almaty_airport'],
    highlight: 'almaty_airport',
    excerpts: ['west-to-almaty', 'peaceful-to-looting', 'airport-fell'],
    date: '2022-01-05',
    dateSource: { source: 'trend-2022-01-10' },
    events: ['protests-reach-almaty', 'airport-seized'],
  },
  {
    id: 'request',
    title: { en: 'Tokayev changes his tone and calls for help', ar: 'توكاييف يبدّل خطابه ويطلب المساعدة', ru: 'Токаев меняет тон и просит о помощи' },
    text: {
      en: 'On the evening of 5 January Tokayev, who had at first met the protesters’ demands, changed his tone, took the Security Council chair from Nazarbayev and asked the CSTO for troops to protect vital facilities and airports. That evening, the article says, he also spoke of an organised terrorist attack by “more than 20,000” fighters; the figure in his own words is of 7 January: “up to 20,000 bandits” attacked Almaty alone.',
      ar: 'مساء 5 يناير بدّل توكاييف، الذي تجاوب أولاً مع مطالب المحتجين، خطابه، وترأس مجلس الأمن بدلاً من نزارباييف، وطلب من منظمة "معاهدة الأمن الجماعي" إرسال قوات لحماية المنشآت الحيوية والمطارات. وفي ذلك المساء، بحسب المقال، تحدث أيضاً عن هجوم إرهابي منظم يشارك فيه «أكثر من 20 ألف مقاتل»؛ أما الرقم بعبارته هو فيعود إلى 7 يناير: ما يصل إلى 20 ألف «قاطع طريق» هاجموا ألماتا وحدها.',
      ru: 'Вечером 5 января Токаев, поначалу шедший навстречу требованиям протестующих, сменил тон, занял пост председателя Совета безопасности вместо Назарбаева и попросил ОДКБ прислать войска для защиты жизненно важных объектов и аэропортов. В тот же вечер, по словам статьи, он говорил и об организованном террористическом нападении «более 20 000» боевиков; цифра, которую он назвал сам, относится к 7 января: по его словам, на один только Алматы напали до 20 000 бандитов.',
    },
    layers: ['csto'],
    features: ['KAZ', 'nur_sultan'],
    highlight: 'KAZ',
    excerpts: ['tone-change', 'terror-claim', 'security-council', 'request-facilities', 'charter'],
    date: '2022-01-05',
    dateSource: { source: 'article', paragraph: 4 },
    events: ['government-dismissed', 'request-for-help', 'tokayev-20000'],
    figures: [
      { value: 20000, what: { en: 'fighters (more than; the article’s words, of the evening of 5 January)', ar: 'مقاتل (أكثر من؛ عبارة المقال، مساء 5 يناير)', ru: 'боевиков (более; слова статьи, вечер 5 января)' }, source: 'article', paragraph: 4 },
      { value: 20000, what: { en: '“bandits” who attacked Almaty (up to; Tokayev on 7 January)', ar: '«قاطع طريق» هاجموا ألماتا (ما يصل إلى؛ توكاييف في 7 يناير)', ru: 'бандитов, напавших на Алматы (до; Токаев, 7 января)' }, source: 'regnum-2022-01-07' },
    ],
  },
  {
    id: 'arrival',
    title: { en: 'The first Russian units arrive', ar: 'وصول طلائع القوات الروسية', ru: 'Прибывают первые российские подразделения' },
    text: {
      en: 'A few hours after the request the first Russian troops reached Almaty; on 6 January Russia announced it had begun sending peacekeeping forces. It was the organisation’s first intervention of its kind since it was founded in 2002.',
      ar: 'بعد ساعات قليلة من الطلب وصلت طلائع القوات الروسية إلى ألماتا، وفي 6 يناير أعلنت روسيا أنها بدأت إرسال قوات لحفظ السلام. وكانت أول عملية تدخل من نوعها للمنظمة منذ تأسيسها عام 2002.',
      ru: 'Через несколько часов после просьбы первые российские войска прибыли в Алматы; 6 января Россия объявила, что начала отправку миротворческих сил. Это была первая в своём роде операция вмешательства организации с момента её создания в 2002 году.',
    },
    layers: ['csto', 'almaty'],
    features: ['RUS', 'KAZ', 'almaty'],
    fitTo: ['moscow', 'almaty'],
    highlight: 'RUS',
    excerpts: ['first-units', 'russia-sends', 'first-intervention'],
    date: '2022-01-06',
    dateSource: { source: 'article', paragraph: 7 },
    events: ['csto-decision', 'russian-units-arrive'],
    figures: [{ value: 2002, year: true, what: { en: 'year the organisation was formally founded', ar: 'عام التأسيس الرسمي للمنظمة', ru: 'год официального создания организации' }, source: 'article', paragraph: 2 }],
  },
  {
    id: 'forces',
    title: { en: 'Who sent what', ar: 'من أرسل ماذا', ru: 'Кто и что направил' },
    text: {
      en: 'The article counts more than 2,500 Russian soldiers and an extra group of airborne special forces, and cites reports of more than 5,000; Tajikistan, Armenia, Belarus and Kyrgyzstan sent token forces, about 600 at most together. The reports disagree: the figures reported for those four countries add up to 950, and the CSTO gave about 2,500 for the whole force. Each figure is shown with its source.',
      ar: 'يذكر المقال أكثر من 2500 جندي روسي ومجموعة إضافية من قوات الإنزال المظلي الخاص، وتقارير عن أكثر من 5 آلاف، فيما أرسلت طاجيكستان وأرمينيا وبيلاروسيا وقرغيزستان قوات رمزية مجموعها نحو 600 جندي كأقصى حد. والتقارير متضاربة: مجموع الأرقام المنشورة لهذه الدول الأربع 950، وذكرت المنظمة نحو 2500 للقوة كلها. ويظهر كل رقم مع مصدره.',
      ru: 'Статья насчитывает более 2 500 российских военнослужащих и дополнительную группу специальных парашютно-десантных сил и ссылается на сообщения о более чем 5 000; Таджикистан, Армения, Беларусь и Кыргызстан направили символические силы, вместе самое большее около 600 человек. Сообщения расходятся: опубликованные цифры по этим четырём странам в сумме дают 950, а ОДКБ назвала для всех сил в целом цифру около 2 500. Каждая цифра показана со своим источником.',
    },
    layers: ['csto'],
    features: ['RUS', 'TJK', 'ARM', 'BLR', 'KGZ'],
    fitTo: CAPITALS_AND_ALMATY,
    highlight: 'RUS',
    excerpts: ['token-forces', 'reports-5000'],
    events: ['other-contingents'],
    figures: [
      { value: 2500, what: { en: 'Russian soldiers (more than)', ar: 'جندي روسي (أكثر من)', ru: 'российских военнослужащих (более)' }, source: 'article', paragraph: 7 },
      { value: 5000, what: { en: 'Russian soldiers, as several reports said (more than)', ar: 'جندي روسي بحسب تقارير عدة (أكثر من)', ru: 'российских военнослужащих, по данным ряда сообщений (более)' }, source: 'article', paragraph: 8 },
      { value: 600, what: { en: 'soldiers of the other members together (about, at most)', ar: 'جندي من الدول الأعضاء الأخرى معاً (نحو، كأقصى حد)', ru: 'военнослужащих остальных стран-членов вместе (самое большее около)' }, source: 'article', paragraph: 8 },
      {
        value: 950,
        what: { en: 'soldiers of the other members, adding up the figures reported for each', ar: 'جندي من الدول الأعضاء الأخرى، بجمع الأرقام المنشورة لكل منها', ru: 'военнослужащих остальных стран-членов, если сложить опубликованные цифры по каждой' },
        source: 'panorama-2022-01-07',
      },
      // The whole force, as two sources counted it on two days: shown side by side.
      { value: 2500, what: { en: 'soldiers in the whole force (about)', ar: 'جندي في القوة كلها (نحو)', ru: 'военнослужащих во всех силах (около)' }, source: 'sputnik-2022-01-06' },
      {
        value: 2000,
        what: { en: 'soldiers of the force still in the country on 13 January (about)', ar: 'جندي من القوة بقوا في البلاد في 13 يناير (نحو)', ru: 'военнослужащих сил, остававшихся в стране 13 января (около)' },
        source: 'qazaqtv-2022-01-13',
      },
    ],
  },
  {
    id: 'hypotheses',
    title: { en: 'Nazarbayev’s men and a struggle for power', ar: 'رجال نزارباييف والصراع على السلطة', ru: 'Люди Назарбаева и борьба за власть' },
    text: {
      en: 'The article weighs why the request came: internal struggles for power that forced it upon Tokayev; security services led by Nazarbayev’s men, foremost Karim Massimov, that, it does not rule out, ignored Tokayev’s instructions or staged the violence; or Tokayev himself using the protests to shed “Nazarbayev’s cloak”, a possibility it says cannot be dismissed.',
      ar: 'يوازن المقال بين فرضيات لسبب الطلب: صراعات داخلية على السلطة أملته على توكاييف، وأجهزة أمنية يقودها رجال نزارباييف وفي مقدمهم كريم ماسيموف لا يستبعد المقال أنها لم تنفذ توجيهات توكاييف أو افتعلت العنف، أو استغلال توكاييف نفسه للاحتجاجات للتخلص من "عباءة نزارباييف"، وهو احتمال يقول إنه لا يمكن إهماله.',
      ru: 'Статья взвешивает, почему прозвучала просьба: внутренняя борьба за власть, вынудившая к ней Токаева; силовые структуры во главе с людьми Назарбаева, прежде всего Каримом Масимовым, которые, как статья не исключает, не выполняли указаний Токаева или провоцировали насилие; или сам Токаев, воспользовавшийся протестами, чтобы сбросить «мантию Назарбаева», — возможность, которую, по словам статьи, нельзя упускать из виду.',
    },
    // The capital over the country's regions, without the troops' routes crossing it.
    layers: ['regions'],
    features: ['nur_sultan', 'astana'],
    fitTo: ['KAZ'],
    highlight: 'nur_sultan',
    excerpts: ['power-struggle', 'security-dismissals', 'masimov', 'coup-hypothesis', 'nazarbayev-cloak', 'putin-request'],
  },
  {
    id: 'precedents',
    title: { en: 'Refusals, and members in conflict', ar: 'رفض التدخل، وأعضاء متصارعون', ru: 'Отказы и конфликты между членами' },
    text: {
      en: 'Before Kazakhstan the organisation had stayed out: it refused to intervene in Kyrgyzstan in 2010, and in 2020 Russia held that the charter did not cover Armenia’s war with Azerbaijan unless Armenian territory was struck. And although the charter has its members seek peaceful solutions, two of them, Kyrgyzstan and Tajikistan, clashed more than once and came close to a wide military confrontation over border disputes about water in spring 2021.',
      ar: 'قبل كازاخستان بقيت المنظمة بعيدة: رفضت التدخل في قرغيزستان عام 2010، وفي عام 2020 اعتبرت روسيا أن الميثاق لا يخولها التدخل في حرب أرمينيا مع أذربيجان ما لم تطاول الضربات الأراضي الأرمينية. ومع أن الميثاق يتضمن سعي بلدانها إلى حل المشكلات بطرق سلمية، تكررت الاشتباكات بين عضوين فيها، قرغيزستان وطاجيكستان، وكادت أن تصل إلى مواجهة عسكرية واسعة في ربيع 2021 بسبب خلافات حدودية على المياه.',
      ru: 'До Казахстана организация оставалась в стороне: в 2010 году она отказалась вмешаться в события в Кыргызстане, а в 2020 году Россия сочла, что устав не распространяется на войну Армении с Азербайджаном, пока удары не затрагивают армянскую территорию. И хотя устав предусматривает, что члены стремятся к мирному решению проблем, две из них, Кыргызстан и Таджикистан, не раз вступали в столкновения и весной 2021 года едва не дошли до масштабного военного противостояния из-за пограничных споров о воде.',
    },
    layers: ['episodes', 'csto'],
    features: ['episode-osh-2010', 'episode-karabakh-2020', 'episode-kgz-tjk-2021', 'baku'],
    highlight: 'episode-osh-2010',
    excerpts: ['first-intervention', 'kyrgyzstan-2010', 'armenia-2020', 'baku-restraint', 'kyrgyz-tajik'],
    figures: [
      { value: 2010, year: true, what: { en: 'year the organisation refused to intervene in Kyrgyzstan', ar: 'عام رفض المنظمة التدخل في قرغيزستان', ru: 'год отказа организации вмешаться в события в Кыргызстане' }, source: 'article', paragraph: 11 },
      { value: 2020, year: true, what: { en: 'year of the Armenia–Azerbaijan war', ar: 'عام الحرب بين أرمينيا وأذربيجان', ru: 'год войны Армении и Азербайджана' }, source: 'article', paragraph: 11 },
      {
        value: 2021,
        year: true,
        what: { en: 'year of the Kyrgyz–Tajik clashes', ar: 'عام الاشتباكات بين قرغيزستان وطاجيكستان', ru: 'год кыргызско-таджикских столкновений' },
        source: 'article',
        paragraph: 13,
        note: '"last spring" in an article dated 13 January 2022',
      },
    ],
  },
  {
    id: 'ukraine',
    title: { en: 'The Kremlin, the West and Ukraine', ar: 'الكرملين والغرب وأوكرانيا', ru: 'Кремль, Запад и Украина' },
    text: {
      en: 'The article reads Putin’s quick answer against the Kremlin’s heated battle, at that same time, with the United States and NATO over Ukraine: perhaps, it says, he wanted to prove that he has the first and last word in the former Soviet space and to present the intervention as a new victory. The Kremlin, the article says, also achieved an aim Putin had voiced: not to allow the scenarios of “so-called colour revolutions”.',
      ar: 'يقرأ المقال سرعة استجابة بوتين في ضوء معركة الكرملين الحامية، في الوقت نفسه، مع الولايات المتحدة وحلف الأطلسي بشأن أوكرانيا: لعله أراد، كما يقول، إثبات أنه صاحب الكلمة الأولى والأخيرة في المحيط السوفييتي السابق وتقديم تدخله على أنه نصر جديد. ويقول المقال إن الكرملين حقق أيضاً هدفاً عبّر عنه بوتين: عدم السماح بسيناريوهات ما يسمى "الثورات الملونة".',
      ru: 'Статья рассматривает быстрый ответ Путина на фоне ожесточённой схватки Кремля с Соединёнными Штатами и НАТО из-за Украины, шедшей в то же самое время: возможно, говорится в ней, он хотел доказать, что первое и последнее слово на бывшем советском пространстве за ним, и представить вмешательство как новую победу. По словам статьи, Кремль также достиг цели, которую озвучил Путин: не допустить сценариев «так называемых цветных революций».',
    },
    layers: ['episodes', 'csto'],
    features: ['episode-kyiv-2022', 'moscow', 'RUS'],
    fitTo: ['episode-kyiv-2022', 'moscow', 'almaty'],
    highlight: 'episode-kyiv-2022',
    excerpts: ['post-soviet-word', 'colour-revolutions', 'kremlin-winner'],
  },
  {
    id: 'withdrawal',
    title: { en: 'The withdrawal', ar: 'الانسحاب', ru: 'Вывод войск' },
    text: {
      en: 'On 11 January Tokayev told parliament that the main mission was complete and a phased withdrawal would begin in two days; the article gives his request as starting on Thursday 13 January and ending within 10 days. Despite voices warning that Russia would not comply, the article finds it most likely to, since it has met its aims and does not want to sink into a quagmire. By Shoigu’s plan of 13 January, the Armenian, Belarusian and Tajik units were to fly home on 14 January and the Kyrgyz unit to leave by road within five days; on 19 January Kazakhstan’s Defence Ministry said the last units had left.',
      ar: 'في 11 يناير أبلغ توكاييف البرلمان أن المهمة الرئيسية أُنجزت وأن انسحاباً تدريجياً يبدأ بعد يومين؛ ويذكر المقال أن طلبه أن يبدأ الانسحاب يوم الخميس 13 يناير ويكتمل في غضون 10 أيام. ورغم أصوات تحذر من أن روسيا لن تستجيب، يرجّح المقال أن تستجيب، لأنها حققت أهدافها ولا تريد الغوص في مستنقع. وبحسب خطة شويغو في 13 يناير، كان على الوحدات الأرمينية والبيلاروسية والطاجيكية أن تعود جواً في 14 يناير، وعلى الوحدة القرغيزية أن تغادر براً في غضون خمسة أيام؛ وفي 19 يناير أعلنت وزارة الدفاع الكازاخستانية أن آخر الوحدات غادرت.',
      ru: '11 января Токаев заявил парламенту, что основная миссия выполнена и через два дня начнётся поэтапный вывод; по статье, его просьба — начать вывод в четверг, 13 января, и завершить его в течение 10 дней. Несмотря на голоса, предупреждавшие, что Россия не откликнется, статья считает наиболее вероятным, что она выполнит просьбу, поскольку достигла своих целей и не хочет увязнуть в трясине. По плану Шойгу от 13 января армянское, белорусское и таджикское подразделения должны были улететь домой 14 января, а кыргызское — уйти своим ходом в течение пяти дней; 19 января Министерство обороны Казахстана сообщило, что последние подразделения покинули страну.',
    },
    layers: ['csto', 'almaty'],
    features: ['RUS', 'ARM', 'BLR', 'KGZ', 'TJK', 'KAZ'],
    fitTo: CAPITALS_AND_ALMATY,
    highlight: 'KAZ',
    excerpts: ['withdrawal', 'russia-likely-complies', 'russians-20pct', 'moscow-restored'],
    date: '2022-01-13',
    dateSource: { source: 'qazaqtv-2022-01-13' },
    events: ['withdrawal-announced', 'withdrawal-begins', 'three-units-fly-home', 'kyrgyz-unit-leaves', 'withdrawal-complete'],
    figures: [{ value: 10, what: { en: 'days to complete the withdrawal', ar: 'أيام لإكمال الانسحاب', ru: 'дней на завершение вывода' }, source: 'article', paragraph: 24 }],
  },
];
