/**
 * What the timeline says of each event (events.ts), in every language: a chunk that loads with
 * the story's other texts, when a day's events are first shown.
 */
import type { ByLang } from '../../domain/lang';

export const eventLabels: Readonly<Record<string, ByLang>> = {
  'fuel-price-caps-lifted': {
    en: 'Price caps on liquefied gas are lifted; its price roughly doubles',
    ar: 'رفع سقف أسعار الغاز المسال وتضاعف سعره تقريباً',
    ru: 'Сняты ограничения цен на сжиженный газ; его цена примерно удваивается',
  },
  'protests-begin': {
    en: 'Protests begin in Zhanaozen, Mangystau Region',
    ar: 'اندلاع الاحتجاجات في جاناوزن بمنطقة مانغيستاو',
    ru: 'Протесты начинаются в Жанаозене, Мангистауская область',
  },
  'protests-reach-almaty': { en: 'The protests reach Almaty', ar: 'الاحتجاجات تصل إلى ألماتا', ru: 'Протесты доходят до Алматы' },
  'government-dismissed': {
    en: 'Government dismissed, state of emergency; Tokayev takes the Security Council chair from Nazarbayev',
    ar: 'إقالة الحكومة وإعلان حالة الطوارئ، وتوكاييف يترأس مجلس الأمن بدلاً من نزارباييف',
    ru: 'Отставка правительства, чрезвычайное положение; Токаев сменяет Назарбаева на посту председателя Совета безопасности',
  },
  'airport-seized': { en: 'Groups seize Almaty airport', ar: 'مجموعات تستولي على مطار ألماتا', ru: 'Группы людей захватывают аэропорт Алматы' },
  'request-for-help': {
    en: 'Tokayev asks the CSTO for help',
    ar: 'توكاييف يطلب المساعدة من منظمة "معاهدة الأمن الجماعي"',
    ru: 'Токаев просит ОДКБ о помощи',
  },
  'csto-decision': {
    en: 'The CSTO decides to send its collective peacekeeping forces',
    ar: 'المنظمة تقرر إرسال قوات حفظ السلام الجماعية',
    ru: 'ОДКБ решает направить свои коллективные миротворческие силы',
  },
  'russian-units-arrive': {
    en: 'Russia begins sending troops; the first units reach Almaty',
    ar: 'روسيا تبدأ إرسال قواتها وطلائعها تصل إلى ألماتا',
    ru: 'Россия начинает отправку войск; первые подразделения прибывают в Алматы',
  },
  'other-contingents': {
    en: 'Contingents of Armenia, Belarus, Kyrgyzstan and Tajikistan reported',
    ar: 'الإعلان عن وحدات أرمينيا وبيلاروسيا وقرغيزستان وطاجيكستان',
    ru: 'Сообщается о контингентах Армении, Беларуси, Кыргызстана и Таджикистана',
  },
  'tokayev-20000': {
    en: 'Tokayev says “up to 20,000 bandits” attacked Almaty alone (the article: “more than 20,000 gunmen” he spoke of)',
    ar: 'توكاييف يقول إن ما يصل إلى 20 ألف «قاطع طريق» هاجموا ألماتا وحدها (المقال: «أكثر من 20 ألف مسلح» تحدث عنهم)',
    ru: 'Токаев заявляет, что на один только Алматы напали до 20 000 бандитов (в статье — «более 20 000 вооружённых людей», о которых он говорил)',
  },
  'withdrawal-announced': {
    en: 'Tokayev tells parliament the main mission is complete: a phased withdrawal begins in two days',
    ar: 'توكاييف يبلغ البرلمان أن المهمة الرئيسية أُنجزت وأن انسحاباً تدريجياً يبدأ بعد يومين',
    ru: 'Токаев заявляет парламенту, что основная миссия выполнена: через два дня начнётся поэтапный вывод',
  },
  'withdrawal-begins': {
    en: 'The withdrawal begins. Shoigu’s plan: 14 Russian aircraft are to fly the Armenian, Belarusian and Tajik units home on 14 January; the Kyrgyz unit is to leave by road within five days; all to be done by 19 January',
    ar: 'بدء الانسحاب. خطة شويغو: 14 طائرة روسية تعيد الوحدات الأرمينية والبيلاروسية والطاجيكية في 14 يناير، والوحدة القرغيزية تغادر براً في غضون خمسة أيام، على أن ينتهي كل شيء بحلول 19 يناير',
    ru: 'Вывод начинается. План Шойгу: 14 российских самолётов доставят армянское, белорусское и таджикское подразделения домой 14 января; кыргызское подразделение уйдёт своим ходом в течение пяти дней; всё должно завершиться к 19 января',
  },
  'three-units-fly-home': {
    en: 'By Shoigu’s plan, the Armenian, Belarusian and Tajik units were to fly home this day; the Belarusians flew from Zhitygen airfield, the Armenians and Tajiks from Almaty airfield',
    ar: 'بحسب خطة شويغو، كان على الوحدات الأرمينية والبيلاروسية والطاجيكية أن تعود جواً في هذا اليوم؛ وقد أقلعت البيلاروسية من مطار جيتيغين، والأرمينية والطاجيكية من مطار ألماتا',
    ru: 'По плану Шойгу армянское, белорусское и таджикское подразделения должны были в этот день улететь домой; белорусы вылетели с аэродрома Жетыген, армяне и таджики — с аэродрома Алматы',
  },
  'kyrgyz-unit-leaves': {
    en: 'By Shoigu’s plan, the Kyrgyz unit was to leave by road within five days, so by this day; it drove home, about 250 km',
    ar: 'بحسب خطة شويغو، كان على الوحدة القرغيزية أن تغادر براً في غضون خمسة أيام، أي بحلول هذا اليوم؛ وقد عادت براً، نحو 250 كم',
    ru: 'По плану Шойгу кыргызское подразделение должно было уйти своим ходом в течение пяти дней, то есть к этому дню; оно вернулось домой по автодороге — около 250 км',
  },
  'withdrawal-complete': {
    en: 'Kazakhstan’s Defence Ministry: the withdrawal is complete; the last units left from Almaty airport',
    ar: 'وزارة الدفاع الكازاخستانية: اكتمل الانسحاب، وغادرت آخر الوحدات من مطار ألماتا',
    ru: 'Министерство обороны Казахстана: вывод завершён; последние подразделения вылетели из аэропорта Алматы',
  },
};
