/**
 * The gazetteer's entries as our English translation of the article (article.en.ts) writes
 * them: the same ids and map links, English forms in place of the Arabic ones. Loaded with
 * the reader only.
 */
import type { GazetteerEntry } from '../../domain/gazetteer';
import { gazetteer } from './gazetteer';

type Forms = Pick<GazetteerEntry, 'names' | 'adjectives' | 'references'>;

const FORMS: Readonly<Record<string, Forms>> = {
  KAZ: { names: ['Kazakhstan'], adjectives: ['Kazakh'] },
  RUS: { names: ['Russia'], adjectives: ['Russian', 'Russians'] },
  BLR: { names: ['Belarus'], adjectives: ['Belarusian'] },
  ARM: { names: ['Armenia'], adjectives: ['Armenian'] },
  KGZ: { names: ['Kyrgyzstan'], adjectives: ['Kyrgyz'] },
  TJK: { names: ['Tajikistan'], adjectives: ['Tajik'] },
  AZE: { names: ['Azerbaijan'], adjectives: ['Azerbaijani'] },
  UKR: { names: ['Ukraine'], adjectives: ['Ukrainian'] },
  usa: { names: ['United States'], adjectives: ['American'] },
  'soviet-union': { names: ['Soviet Union'], adjectives: ['Soviet'] },
  'former-soviet-space': { names: ['former Soviet space', 'former Soviet sphere'] },
  almaty: { names: ['Almaty'] },
  almaty_airport: { names: ['Almaty airport'], references: ['the airport'] },
  'western-kazakhstan': { names: ['western Kazakhstan'] },
  mangystau: { names: ['Mangystau'] },
  zhanaozen: { names: ['Zhanaozen'] },
  nur_sultan: { names: ['Nur-Sultan', 'Astana'] },
  moscow: { names: ['Moscow'] },
  kremlin: { names: ['Kremlin'] },
  baku: { names: ['Baku'] },
  'nagorno-karabakh': { names: ['Nagorno-Karabakh', 'Karabakh'] },
  stepanakert: { names: ['Stepanakert', 'Khankendi'] },
  osh: { names: ['Osh'] },
  kyiv: { names: ['Kyiv'] },
  minsk: { names: ['Minsk'] },
  yerevan: { names: ['Yerevan'] },
  bishkek: { names: ['Bishkek'] },
  dushanbe: { names: ['Dushanbe'] },
  csto: { names: ['Collective Security Treaty Organization', 'CSTO'], references: ['the organisation'] },
  nato: { names: ['NATO'] },
  un: { names: ['United Nations'] },
  'kaz-security-council': { names: ['Security Council'] },
  knb: { names: ['National Security Committee'] },
  kgb: { names: ['KGB'] },
  fsb: { names: ['FSB', 'Russian security agency'] },
  tokayev: { names: ['Kassym-Jomart Tokayev', 'Tokayev'] },
  nazarbayev: { names: ['Nursultan Nazarbayev', 'Nazarbayev'] },
  massimov: { names: ['Karim Massimov', 'Massimov'] },
  putin: { names: ['Vladimir Putin', 'Putin'] },
};

/** Every gazetteer entry, with the English forms to find; an entry without them is an error. */
export const gazetteerEn: readonly GazetteerEntry[] = gazetteer.map((e) => {
  const forms = FORMS[e.id];
  if (!forms) throw new Error(`gazetteer.en.ts: no English forms for gazetteer entry "${e.id}"`);
  const { names: _names, adjectives: _adjectives, references: _references, ...rest } = e;
  return { ...rest, ...forms };
});
