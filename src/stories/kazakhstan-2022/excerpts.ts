/**
 * Verbatim quotes of the article (src/stories/kazakhstan-2022/article.ar.txt), keyed by id.
 * `paragraph` counts the article's body paragraphs (see `bodyParagraphs`); `en` is our
 * translation, shown as such. `excerpts.test.ts` proves every `ar` is in the article.
 */
import type { Excerpt } from '../../domain/story';
import type { ExcerptId } from './excerptIds';

const list: (Excerpt & { id: ExcerptId })[] = [
  {
    id: 'first-units',
    paragraph: 1,
    ar: 'ساعات قليلة فصلت بين إعلان الرئيس الكازاخستاني قاسم جومارت توكاييف طلب المساعدة من منظمة "معاهدة الأمن الجماعي" لتوفير الأمن في بلاده ووصول طلائع القوات الروسية إلى مدينة ألماتا، التي شهدت أعنف الاحتجاجات.',
    en: 'Only a few hours separated Kazakh President Kassym-Jomart Tokayev’s announcement that he had asked the "Collective Security Treaty" Organization for help to secure his country and the arrival of the first Russian troops in the city of Almaty, which saw the most violent protests.',
  },
  {
    id: 'first-intervention',
    paragraph: 2,
    ar: 'إطلاق أول عملية تدخّل من نوعها للمنظمة بعد نحو 20 عاماً على إعلان تأسيسها رسمياً في عام 2002، بعدما كانت نشاطاتها تقتصر على اجتماعات ومناورات مشتركة، ورفضها عدة طلبات للتدخل.',
    en: 'the launch of the organisation’s first intervention of its kind, some 20 years after it was formally founded in 2002, after its activity had been limited to meetings and joint exercises and it had turned down several requests to intervene.',
  },
  {
    id: 'request-facilities',
    paragraph: 3,
    ar: 'وطلب توكاييف مساعدة المنظمة وإرسال قوات عسكرية لحماية المنشآت الحيوية والمطارات',
    en: 'Tokayev asked the organisation for help and for military forces to protect vital facilities and airports',
  },
  {
    id: 'west-to-almaty',
    paragraph: 3,
    ar: 'بعد أيام على اندلاع الاحتجاجات في غرب كازاخستان وانتقالها إلى ألماتا كبرى مدن البلاد',
    en: 'days after protests broke out in western Kazakhstan and spread to Almaty, the country’s largest city',
  },
  {
    id: 'peaceful-to-looting',
    paragraph: 3,
    ar: 'وتحولها السريع من تظاهرات سلمية، كما أظهرت مقاطع الفيديو في الأيام الأولى، إلى عمليات نهب وسرقة للمحلات التجارية والمصارف، وإحراق للمباني الحكومية، واستيلاء مجموعات على المطار.',
    en: 'and their rapid turn from peaceful demonstrations, as video clips showed in the first days, to looting and robbery of shops and banks, the burning of government buildings, and groups seizing the airport.',
  },
  {
    id: 'tone-change',
    paragraph: 4,
    ar: 'وعشية التدخل مهّد توكاييف للعملية مساء 5 يناير/ كانون الثاني الحالي، وحينها غيّر خطابه التصالحي مع مطالب المحتجين',
    en: 'On the eve of the intervention, on the evening of 5 January, Tokayev prepared the ground for the operation, and then changed his conciliatory tone towards the protesters’ demands',
  },
  {
    id: 'fuel-prices',
    paragraph: 4,
    ar: 'وتجاوبه السريع بإقالة الحكومة وعدد من المسؤولين عن ارتفاع أسعار الوقود، وإعادة الأسعار إلى ما كانت عليه في العام الماضي',
    en: 'and his quick response of dismissing the government and a number of officials responsible for the rise in fuel prices, and returning prices to what they had been last year',
  },
  {
    id: 'terror-claim',
    paragraph: 4,
    ar: 'وتأكيده أن بلاده تتعرض لهجوم إرهابي منظم يشارك فيه أكثر من 20 ألف مقاتل، بعضهم من جنسيات مختلفة لم يحددها.',
    en: 'and asserted that his country was under an organised terrorist attack involving more than 20,000 fighters, some of them of various nationalities he did not specify.',
    note: {
      en: 'The article does not date the figure. Tokayev gave it in his address of 7 January: “up to 20,000 bandits” attacked Almaty alone.',
      ar: 'لا يؤرّخ المقال هذا الرقم. فقد ذكره توكاييف في خطابه يوم 7 يناير: ما يصل إلى 20 ألف «قاطع طريق» هاجموا ألماتا وحدها.',
      sources: [{ source: 'regnum-2022-01-07' }, { source: 'pledgetimes-2022-01-07' }],
      figures: [{ value: 20000, what: { en: 'bandits, up to', ar: 'قاطع طريق، ما يصل إلى' }, source: 'regnum-2022-01-07' }],
    },
  },
  {
    id: 'security-council',
    paragraph: 5,
    ar: 'وتزامن طلب توكاييف المساعدة مع إعلانه ترؤس مجلس الأمن في البلاد، وهو المنصب الذي احتفظ به الرئيس الأول للبلاد بعد استقلال كازاخستان عن الاتحاد السوفييتي في عام 1990، نور سلطان نزارباييف',
    en: 'Tokayev’s request for help coincided with his announcement that he was taking over as chairman of the country’s Security Council, the post kept by the country’s first president after Kazakhstan’s independence from the Soviet Union in 1990, Nursultan Nazarbayev',
    note: {
      en: 'The article’s “1990” is loose: Kazakhstan declared its sovereignty on 25 October 1990 and its independence on 16 December 1991.',
      ar: '«1990» في المقال غير دقيق: أعلنت كازاخستان سيادتها في 25 أكتوبر 1990 واستقلالها في 16 ديسمبر 1991.',
      sources: [{ source: 'kz-sovereignty-1990' }, { source: 'kz-independence-1991' }],
    },
  },
  {
    id: 'russia-sends',
    paragraph: 7,
    ar: 'وفي السادس من الشهر الحالي، أعلنت روسيا أنها بدأت بإرسال قوات لحفظ السلام إلى كازاخستان لحماية المرافق الحيوية.',
    en: 'On the 6th of this month, Russia announced that it had begun sending peacekeeping forces to Kazakhstan to protect vital facilities.',
  },
  {
    id: 'token-forces',
    paragraph: 7,
    ar: 'وفي وقت لاحق أرسلت باقي بلدان المنظمة الأخرى إلى جانب روسيا وكازاخستان، وهي طاجيكستان وأرمينيا وبيلاروسيا وقرغيزستان، قوات رمزية مقارنة بأكثر من 2500 جندي روسي ومجموعة إضافية من قوات الإنزال المظلي الخاص.',
    en: 'Later, the organisation’s other countries besides Russia and Kazakhstan, namely Tajikistan, Armenia, Belarus and Kyrgyzstan, sent token forces, compared with more than 2,500 Russian soldiers and an additional group of special airborne forces.',
  },
  {
    id: 'reports-5000',
    paragraph: 8,
    ar: 'وذكرت تقارير عدة أن روسيا أرسلت أكثر من 5 آلاف جندي، في حين بلغ مجموع القوات من باقي البلدان نحو 600 جندي كأقصى حد.',
    en: 'Several reports said that Russia sent more than 5,000 soldiers, while the forces of the other countries together came to about 600 soldiers at most.',
  },
  {
    id: 'charter',
    paragraph: 9,
    ar: 'ويسمح ميثاق المنظمة في بنده الرابع بإرسال قوات عسكرية لمساعدة أي عضو للمحافظة على استقلاله ومحاربة هجمات الإرهاب الدولي، بناء على طلب رسمي، على أن تنسحب هذه القوات حين تنتهي مهمتها، وفقاً لتقدير الدولة التي طلبت العون.',
    en: 'The organisation’s charter, in its fourth article, allows military forces to be sent to help any member preserve its independence and fight international terrorist attacks, on an official request, on condition that these forces withdraw when their mission ends, as judged by the state that asked for help.',
  },
  {
    id: 'founded',
    paragraph: 10,
    ar: 'وتأسست المنظمة رسمياً في عام 2002، ووفق المعاهدة لا يستطيع الموقعون عليها الانضمام إلى تحالفات عسكرية أخرى',
    en: 'The organisation was formally founded in 2002, and under the treaty its signatories cannot join other military alliances',
  },
  {
    id: 'kyrgyzstan-2010',
    paragraph: 11,
    ar: 'ومعلوم أن التدخل في كازاخستان هو الأول من نوعه بعد رفض المنظمة في عام 2010 التدخل في قرغيزستان.',
    en: 'The intervention in Kazakhstan is known to be the first of its kind, after the organisation refused in 2010 to intervene in Kyrgyzstan.',
  },
  {
    id: 'armenia-2020',
    paragraph: 11,
    ar: 'وفي عام 2020 اعتبرت روسيا أن ميثاق المنظمة لا يخولها التدخل إلى جانب أرمينيا في حربها مع أذربيجان، ما لم تطاول الضربات الأراضي الأرمينية',
    en: 'In 2020 Russia held that the organisation’s charter did not entitle it to intervene on Armenia’s side in its war with Azerbaijan, unless the strikes reached Armenian territory',
  },
  {
    id: 'baku-restraint',
    paragraph: 12,
    ar: 'وكان لافتاً أن باكو لم ترد أكثر من مرة أثناء الحرب الأخيرة في العمق الأرميني على هجمات صاروخية استهدفت بعض المدن الأذرية، في مؤشر إلى أنها راعت خطوط موسكو الحمراء، وسعت إلى عدم إحراجها.',
    en: 'It was notable that, more than once during the last war, Baku did not strike back deep inside Armenia at missile attacks that targeted some Azerbaijani cities, a sign that it respected Moscow’s red lines and sought not to embarrass it.',
  },
  {
    id: 'kyrgyz-tajik',
    paragraph: 13,
    ar: 'فقد تكررت أكثر من مرة الاشتباكات بين قرغيزستان وطاجيكستان، وكادت أن تصل إلى مواجهة عسكرية واسعة في ربيع العام الماضي بسبب خلافات حدودية على تقاسم مصادر المياه.',
    en: 'clashes between Kyrgyzstan and Tajikistan have recurred more than once, and nearly became a wide military confrontation last spring over border disputes about sharing water sources.',
  },
  {
    id: 'peaceful-first-days',
    paragraph: 15,
    ar: 'وفي الأيام الأولى تجاوب الرئيس الكازاخستاني مع مطالب المحتجين، مع توثيق عدة فيديوهات أن التظاهرات لم تخرج عن الإطار السلمي، قبل دخول "عناصر مسلحة غريبة" أحرقت المرافق العامة.',
    en: 'In the first days the Kazakh president responded to the protesters’ demands, while several videos documented that the demonstrations stayed peaceful, before "foreign armed elements" came in and burned public facilities.',
  },
  {
    id: 'airport-fell',
    paragraph: 16,
    ar: 'وطُرحت تساؤلات حول استطاعة أكثر من 20 ألف مسلح تحدث عنهم توكاييف تجميع قواهم رغم القبضة الأمنية القوية في البلاد، وسقوط مطار ألماتا بسرعة قياسية.',
    en: 'Questions were raised about whether the more than 20,000 gunmen Tokayev spoke of could have gathered their forces despite the country’s tight security grip, and about Almaty airport falling in record time.',
  },
  {
    id: 'masimov',
    paragraph: 17,
    ar: 'ومن غير المستبعد أن حملة العزل والاعتقال والتقديم للمحاكمة بحق عدد من قادة الأجهزة الأمنية، وفي مقدمهم قاسم ماسيموف رجل نزارباييف القوي ورئيس جهاز الأمن الوطني',
    en: 'It cannot be ruled out that the campaign of dismissals, arrests and prosecutions of a number of security chiefs, foremost among them Qasim [Karim] Massimov, Nazarbayev’s strongman and head of the National Security Committee',
    note: {
      en: 'The article writes “Qasim”; his first name is Karim (Karim Massimov).',
      ar: 'يكتب المقال «قاسم»، واسمه الأول كريم (كريم ماسيموف).',
      sources: [{ source: 'pledgetimes-2022-01-08' }],
    },
  },
  {
    id: 'putin-request',
    paragraph: 18,
    ar: 'وفي هذه الحالة لم يجد توكاييف مخرجاً من الاستنجاد بالرئيس الروسي فلاديمير بوتين، الذي لبّى الطلب بسرعة قياسية لحسابات عدة',
    en: 'In that case Tokayev found no way out but to call on Russian President Vladimir Putin for help, who answered the request in record time for several reasons',
  },
  {
    id: 'post-soviet-word',
    paragraph: 19,
    ar: 'ولعل بوتين أراد إثبات أنه صاحب الكلمة الأولى والأخيرة في المحيط السوفييتي السابق، وتقديم تدخله على أنه نصر جديد للكرملين المنشغل في معركة حامية مع الولايات المتحدة وحلف الأطلسي بشأن أوكرانيا.',
    en: 'Perhaps Putin wanted to prove that he has the first and last word in the former Soviet space, and to present his intervention as a new victory for the Kremlin, busy in a heated battle with the United States and NATO over Ukraine.',
  },
  {
    id: 'kremlin-winner',
    paragraph: 22,
    ar: 'فقد أوضحت التطورات أن الكرملين كان الفائز الأكبر وصاحب الكلمة العليا فوق توكاييف',
    en: 'events made clear that the Kremlin was the biggest winner and had the upper hand over Tokayev',
  },
  {
    id: 'withdrawal',
    paragraph: 24,
    ar: 'وعلى الرغم من وجود أصوات تحذر من أن روسيا لن تستجيب لطلب توكاييف ببدء سحب القوات اعتباراً من يوم غد الخميس، على أن تكمل انسحابها في غضون عشرة أيام',
    en: 'Although some voices warn that Russia will not respond to Tokayev’s request to begin withdrawing the forces from tomorrow, Thursday, and to complete the withdrawal within ten days',
  },
  {
    id: 'russians-20pct',
    paragraph: 24,
    ar: 'ولا تريد الغوص في مستنقع قد يتسبب في استهداف أبناء القومية الروسية المقدر عددهم بنحو 20 في المائة من سكان كازاخستان.',
    en: 'and it does not want to sink into a quagmire that could lead to ethnic Russians, estimated at about 20 per cent of Kazakhstan’s population, being targeted.',
  },
  {
    id: 'moscow-restored',
    paragraph: 25,
    ar: 'وسوف يسجل لموسكو أنها أعادت بسرعة قياسية الأمن والاستقرار',
    en: 'Moscow will be credited with restoring security and stability in record time',
  },
  {
    id: 'security-dismissals',
    paragraph: 6,
    ar: 'كما أقال توكاييف عدداً من المسؤولين الأمنيين وحمّلهم المسؤولية عن تردي الأوضاع الأمنية',
    en: 'Tokayev also dismissed a number of security officials and held them responsible for the deteriorating security situation',
  },
  {
    id: 'power-struggle',
    paragraph: 14,
    ar: 'يدلان على أن صراعات داخلية على السلطة أملت على توكاييف طلب المساعدة من روسيا.',
    en: 'point to internal struggles for power having forced upon Tokayev the request for help from Russia.',
  },
  {
    id: 'coup-hypothesis',
    paragraph: 17,
    ar: 'جاءت نتيجة عدم تنفيذ هذه الأجهزة توجيهات توكاييف، أو افتعال أعمال العنف حتى تثبت عدم قدرة الرئيس.',
    en: 'came about because these services did not carry out Tokayev’s instructions, or staged the violence to show that the president was not up to the task.',
  },
  {
    id: 'nazarbayev-cloak',
    paragraph: 20,
    ar: 'ولا يمكن إهمال احتمال استغلال توكاييف نفسه للاحتجاجات من أجل التخلص من "عباءة نزارباييف"، والانتقال إلى ممارسة صلاحياته الكاملة، بدلاً من البقاء في منصب "رئيس الظل".',
    en: 'Nor can the possibility be dismissed that Tokayev himself used the protests to shed "Nazarbayev’s cloak" and to move on to exercising his full powers, instead of remaining in the post of a "president in the shadow" [of Nazarbayev].',
  },
  {
    id: 'colour-revolutions',
    paragraph: 23,
    ar: 'كما حقق الكرملين هدفاً مهماً عبر عنه بوتين في قمة منظمة "معاهدة الأمن الجماعي" بقوله: "لن نسمح بحدوث سيناريوهات ما يسمى بالثورات الملونة".',
    en: 'The Kremlin also achieved an important aim, which Putin voiced at the summit of the "Collective Security Treaty" Organization: "We will not allow so-called colour revolution scenarios to happen".',
  },
  {
    id: 'russia-likely-complies',
    paragraph: 24,
    ar: 'فالأرجح أن تستجيب روسيا لهذا الطلب، نظراً لأنها حققت جميع أهدافها من التدخل',
    en: 'Russia is most likely to respond to this request, since it has achieved all its aims in intervening',
  },
];

export const excerpts: Readonly<Record<string, Excerpt>> = Object.fromEntries(
  list.map((e) => [e.id, e]),
);
