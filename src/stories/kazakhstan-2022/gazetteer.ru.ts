/**
 * The gazetteer's entries as our Russian translation of the article (article.ru.ts) writes
 * them: the same ids and map links, Russian forms in place of the Arabic ones. Russian
 * declines its nouns and adjectives, and a form is matched as a whole word, so every case a
 * text uses is listed ("Казахстан", "Казахстана", "Казахстане" …). Loaded with the reader only.
 */
import type { GazetteerEntry } from '../../domain/gazetteer';
import { gazetteer } from './gazetteer';

type Forms = Pick<GazetteerEntry, 'names' | 'adjectives' | 'references'>;

/** A word's case forms, from a stem and the endings that follow it. */
const cases = (stem: string, endings: readonly string[]): string[] => endings.map((e) => stem + e);
/** The endings of an adjective in -ский (российский …), all genders and numbers. */
const SKY = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];
/** A masculine noun ending in a consonant (Казахстан, Токаев). */
const HARD = ['', 'а', 'у', 'ом', 'е'];
/** A masculine surname in -ов/-ев (Токаев, Масимов): the instrumental is -ым. */
const SURNAME = ['', 'а', 'у', 'ым', 'е'];
/** A feminine noun in -ия (Россия, Армения). */
const IYA = ['ия', 'ии', 'ию', 'ией'];

const FORMS: Readonly<Record<string, Forms>> = {
  KAZ: { names: cases('Казахстан', HARD), adjectives: [...cases('казахстанск', SKY), ...cases('казахск', SKY)] },
  RUS: { names: cases('Росс', IYA), adjectives: [...cases('российск', SKY), 'русские', 'русских', 'русским', 'русскими'] },
  BLR: { names: ['Беларусь', 'Беларуси', ...cases('Белорусс', IYA)], adjectives: cases('белорусск', SKY) },
  ARM: { names: cases('Армен', IYA), adjectives: cases('армянск', SKY) },
  KGZ: { names: [...cases('Кыргызстан', HARD), ...cases('Кирги', ['зия', 'зии', 'зию', 'зией'])], adjectives: [...cases('кыргызск', SKY), ...cases('киргизск', SKY)] },
  TJK: { names: cases('Таджикистан', HARD), adjectives: cases('таджикск', SKY) },
  AZE: { names: cases('Азербайджан', HARD), adjectives: cases('азербайджанск', SKY) },
  UKR: { names: ['Украина', 'Украины', 'Украине', 'Украину', 'Украиной'], adjectives: cases('украинск', SKY) },
  usa: {
    names: [
      ...['Соединённые Штаты', 'Соединённых Штатов', 'Соединённым Штатам', 'Соединёнными Штатами', 'Соединённых Штатах'].flatMap((n) => [n, n.replace('ё', 'е')]),
      'США',
    ],
    adjectives: cases('американск', SKY),
  },
  'soviet-union': {
    names: ['Советский Союз', 'Советского Союза', 'Советскому Союзу', 'Советским Союзом', 'Советском Союзе', 'СССР'],
    adjectives: cases('советск', SKY),
  },
  'former-soviet-space': {
    names: [
      ...['бывшее советское пространство', 'бывшего советского пространства', 'бывшем советском пространстве'],
      ...['постсоветское пространство', 'постсоветского пространства', 'постсоветском пространстве'],
    ],
  },
  almaty: { names: ['Алматы', 'Алма-Ата', 'Алма-Аты'] },
  almaty_airport: { names: cases('аэропорт', HARD).map((a) => `${a} Алматы`), references: cases('аэропорт', HARD) },
  'western-kazakhstan': {
    names: ['запад Казахстана', 'запада Казахстана', 'западе Казахстана', ...cases('Западн', ['ый Казахстан', 'ого Казахстана', 'ом Казахстане'])],
  },
  mangystau: { names: ['Мангистау', 'Мангыстау', 'Мангистауская область', 'Мангистауской области'] },
  zhanaozen: { names: cases('Жанаозен', HARD) },
  nur_sultan: { names: [...cases('Нур-Султан', HARD), 'Астана', 'Астаны', 'Астане'] },
  moscow: { names: ['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой'] },
  kremlin: { names: ['Кремль', 'Кремля', 'Кремлю', 'Кремлём', 'Кремлем', 'Кремле'] },
  baku: { names: ['Баку'] },
  'nagorno-karabakh': { names: [...cases('Нагорн', ['ый Карабах', 'ого Карабаха', 'ом Карабахе']), ...cases('Карабах', HARD)] },
  stepanakert: { names: [...cases('Степанакерт', HARD), 'Ханкенди'] },
  osh: { names: cases('Ош', HARD) },
  kyiv: { names: ['Киев', 'Киева', 'Киеве', 'Киеву', 'Киевом'] },
  minsk: { names: cases('Минск', HARD) },
  yerevan: { names: cases('Ереван', HARD) },
  bishkek: { names: cases('Бишкек', HARD) },
  dushanbe: { names: ['Душанбе'] },
  csto: {
    names: [...['Организация', 'Организации', 'Организацию', 'Организацией'].map((o) => `${o} Договора о коллективной безопасности`), 'ОДКБ'],
    references: ['организация', 'организации', 'организацию', 'организацией'],
  },
  nato: { names: ['НАТО', 'Североатлантический альянс'] },
  un: {
    names: [
      ...['Организация', 'Организации', 'Организацию', 'Организацией'].flatMap((o) => [`${o} Объединённых Наций`, `${o} Объединенных Наций`]),
      'ООН',
    ],
  },
  'kaz-security-council': { names: cases('Совет', HARD).map((s) => `${s} безопасности`) },
  knb: { names: [...cases('Комитет', HARD).map((k) => `${k} национальной безопасности`), 'КНБ'] },
  kgb: { names: ['КГБ'] },
  fsb: {
    names: ['ФСБ', ...['российская служба', 'российской службы', 'российской службе', 'российскую службу', 'российской службой'].map((s) => `${s} безопасности`)],
  },
  tokayev: { names: ['Касым-Жомарт Токаев', 'Касым-Жомарта Токаева', ...cases('Токаев', SURNAME)] },
  nazarbayev: { names: ['Нурсултан Назарбаев', 'Нурсултана Назарбаева', ...cases('Назарбаев', SURNAME)] },
  massimov: { names: ['Карим Масимов', 'Карима Масимова', 'Касым Масимов', 'Касыма Масимова', ...cases('Масимов', SURNAME)] },
  putin: { names: ['Владимир Путин', 'Владимира Путина', 'Владимиру Путину', ...cases('Путин', SURNAME)] },
};

/** Every gazetteer entry, with the Russian forms to find; an entry without them is an error. */
export const gazetteerRu: readonly GazetteerEntry[] = gazetteer.map((e) => {
  const forms = FORMS[e.id];
  if (!forms) throw new Error(`gazetteer.ru.ts: no Russian forms for gazetteer entry "${e.id}"`);
  const { names: _names, adjectives: _adjectives, references: _references, ...rest } = e;
  return { ...rest, ...forms };
});
