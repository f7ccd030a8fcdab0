/**
 * What the reader must be told where a figure or a mark shows: disagreeing reports side
 * by side, which figure sizes a circle, a region that no longer existed, a crisis that was
 * not earlier. These keep corrected content from coming back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../domain/features';
import { chapters } from './chapters';
import { excerpts } from './excerpts';
import { partLegend } from '../../map/kinds';
import { LAYERS } from './layers';
import { notes } from './notes';
import { en } from './strings';
import { ar } from './strings.ar';

const strings = { en, ar };

const read = (file: string): LayerCollection =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}.geojson`, import.meta.url), 'utf8')) as LayerCollection;
const csto = read('csto');
const LANGS = ['en', 'ar'] as const;
/** The languages our notes are written in (the interface strings are checked in LANGS). */
const NOTE_LANGS = ['en', 'ar', 'ru'] as const;

/** A number as any language writes it in our texts: 2,500, 2500 or 2 500. */
const states = (text: string, n: number): boolean => text.replace(/(\d)[,\u00A0\u202F](\d{3})/g, '$1$2').includes(String(n));
/** Every UI string under a key, e.g. `legend`. */
const leaves = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [];
const noteText = (id: string, lang: (typeof NOTE_LANGS)[number]): string => (notes[id] ?? []).map((n) => n.text[lang]).join(' ');

describe('the troop figures that disagree', () => {
  for (const lang of LANGS) {
    it(`${lang}: the legend never gives the article's 600 without the reports' 950, nor the CSTO's 2,500 without the article's`, () => {
      const legend = leaves(strings[lang].legend);
      const with600 = legend.filter((s) => states(s, 600));
      expect(with600.length).toBeGreaterThan(0);
      for (const s of with600) {
        expect(states(s, 950), s).toBe(true);
        expect(s).toContain('Panorama.am');
      }
      const cstoNote = legend.find((s) => s.includes(lang === 'en' ? 'Sputnik' : 'سبوتنيك'));
      expect(cstoNote && states(cstoNote, 2500)).toBe(true);
    });

    it(`${lang}: the layer with the troop circles says what sizes them`, () => {
      const layer = LAYERS.find((l) => partLegend(l.parts).some((e) => e.symbol === 'circles'))!;
      const note = layer.note?.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings[lang]);
      expect(typeof note).toBe('string');
      expect(states(note as string, 600) && states(note as string, 950)).toBe(true);
    });
  }

  const contributors = csto.features.filter((f) => f.properties.kind === 'troops');
  const troops = (f: (typeof contributors)[number]) => f.properties.troops as number;
  it('every contributor with a circle has a panel note naming the figure that sizes it', () => {
    expect(contributors).toHaveLength(5);
    for (const f of contributors) {
      const id = f.properties.ref!;
      for (const lang of NOTE_LANGS) expect(states(noteText(id, lang), troops(f)), `${id} ${lang}`).toBe(true);
    }
  });

  it('each of the four smaller contributors’ panels gives both totals with their sources', () => {
    for (const id of ['ARM', 'BLR', 'KGZ', 'TJK']) {
      for (const lang of NOTE_LANGS) {
        const text = noteText(id, lang);
        expect(states(text, 600) && states(text, 950), `${id} ${lang}`).toBe(true);
      }
      expect(notes[id]![0]!.sources.map((s) => s.source)).toEqual(['panorama-2022-01-07', 'article']);
    }
    const reported = contributors.filter((f) => f.properties.ref !== 'RUS').reduce((sum, f) => sum + troops(f), 0);
    expect(reported).toBe(950);
  });

  it('Russia’s panel sets the CSTO’s whole force beside the article’s Russians', () => {
    expect(notes.RUS![0]!.sources.map((s) => s.source)).toEqual(['sputnik-2022-01-06', 'article']);
    for (const lang of NOTE_LANGS) expect(noteText('RUS', lang).match(/2[,\u00A0\u202F]?500/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('what a mark does not show', () => {
  it('South Kazakhstan says in its panel and in the legend that it no longer existed in January 2022', () => {
    expect(read('regions').features.some((f) => f.properties.id === 'south-kazakhstan')).toBe(true);
    expect(noteText('south-kazakhstan', 'en')).toMatch(/no longer existed.*Turkistan Region.*Shymkent/);
    expect(noteText('south-kazakhstan', 'ar')).toMatch(/لم تعد.*تركستان.*شيمكنت/);
    expect(noteText('south-kazakhstan', 'ru')).toMatch(/уже не существовало.*Туркестанской.*Шымкент/);
    const regions = LAYERS.find((l) => l.id === 'regions')!;
    expect(regions.note).toBeDefined();
    for (const lang of LANGS) expect(leaves(strings[lang].legend).some((s) => s.includes(lang === 'en' ? 'South Kazakhstan' : 'كازاخستان الجنوبية'))).toBe(true);
  });

  it('Ukraine is a crisis of the same time, not an earlier one', () => {
    const kyiv = read('episodes').features.find((f) => f.properties.id === 'episode-kyiv-2022')!;
    expect(kyiv.properties.name_en).toContain('January 2022');
    expect(noteText('episode-kyiv-2022', 'en')).toMatch(/Not an earlier crisis/);
    expect(noteText('episode-kyiv-2022', 'ru')).toMatch(/не более ранний кризис/);
    for (const s of [en.layers.episodes, en.intro.groups.episodes, en.kind.episode, en.legend.episode, en.data.files.episodes]) {
      expect(s).not.toMatch(/earlier/i);
    }
    for (const s of [ar.layers.episodes, ar.intro.groups.episodes, ar.kind.episode, ar.legend.episode, ar.data.files.episodes]) {
      expect(s).not.toMatch(/سابق/);
    }
  });

  it('the Osh and Nagorno-Karabakh marks name the source that puts them there', () => {
    expect(notes['episode-osh-2010']![0]!.sources.map((s) => s.source)).toContain('eurasianet-2010-06-12');
    expect(notes['episode-karabakh-2020']![0]!.sources.map((s) => s.source)).toContain('azatutyun-2020-10-04');
  });
});

describe('our words keep to the article', () => {
  it('where the article says «لعل» (perhaps), the chapter quoting it does too', () => {
    for (const c of chapters) {
      if (!c.excerpts.some((id) => excerpts[id]!.ar.includes('لعل'))) continue;
      expect(c.text.en, c.id).toMatch(/\bperhaps\b/i);
      expect(c.text.ar, c.id).toMatch(/لعل|ربما/);
      expect(c.text.ru, c.id).toMatch(/(?<!\p{L})возможно(?!\p{L})/iu);
    }
  });

  it('the chapter on refusals to intervene does not title the members’ own clash as one', () => {
    const c = chapters.find((x) => x.features.includes('episode-kgz-tjk-2021'))!;
    expect(c.title.en).not.toMatch(/stayed out/i);
    expect(c.title.ar).not.toMatch(/بقيت المنظمة بعيدة/);
    expect(c.title.ru).not.toMatch(/в стороне/);
  });

  it('translations say what the Arabic says', () => {
    const en = (id: string) => excerpts[id]!.en;
    expect(en('airport-fell')).toMatch(/whether .* could have gathered/);
    expect(en('nazarbayev-cloak')).not.toMatch(/shadow president/);
    expect(en('peaceful-first-days')).toMatch(/foreign armed elements/);
    expect(en('power-struggle')).toMatch(/forced upon Tokayev/);
    expect(en('fuel-prices')).toMatch(/officials responsible for the rise/);
    expect(en('post-soviet-word')).toMatch(/^Perhaps/);
    const ru = (id: string) => excerpts[id]!.ru;
    expect(ru('airport-fell')).toMatch(/могли ли .* собрать/);
    expect(ru('nazarbayev-cloak')).not.toMatch(/тенево/);
    expect(ru('nazarbayev-cloak')).toMatch(/«президента в тени» \[Назарбаева\]/);
    expect(ru('peaceful-first-days')).toMatch(/«чужие вооружённые элементы»/);
    expect(ru('power-struggle')).toMatch(/Токаева вынудила/);
    expect(ru('fuel-prices')).toMatch(/чиновников, ответственных за рост/);
    expect(ru('post-soviet-word')).toMatch(/^Возможно/);
    expect(ru('reports-5000')).toMatch(/По данным ряда сообщений.*более 5\u00A0000.*самое большее около 600/);
  });

  it('the article’s loose “1990” and its undated 20,000 carry a visible note with sources', () => {
    expect(excerpts['security-council']!.note?.en).toMatch(/25 October 1990.*16 December 1991/);
    expect(excerpts['terror-claim']!.note?.sources.map((s) => s.source)).toContain('regnum-2022-01-07');
    expect(excerpts['terror-claim']!.note?.en).toMatch(/7 January/);
    expect(excerpts['security-council']!.note?.ru).toMatch(/25 октября 1990.*16 декабря 1991/);
    expect(excerpts['terror-claim']!.note?.ru).toMatch(/7 января/);
  });

  it('the introduction does not merge the Russian arrival with the others’', () => {
    expect(en.intro.body).toMatch(/first Russian troops arrived the next day, and token units from four other members on 6–7 January/);
    expect(ar.intro.body).toMatch(/في 6 و7 يناير/);
  });
});

describe('Almaty’s point', () => {
  it('stands at the city centre, not Natural Earth’s point 8 km north', () => {
    const { geometry } = read('almaty').features.find((f) => f.properties.id === 'almaty-point')!;
    if (geometry.type !== 'Point') throw new Error('almaty-point is not a point');
    const [lon = NaN, lat = NaN] = geometry.coordinates;
    expect(Math.abs(lat - 43.24)).toBeLessThan(0.02);
    expect(Math.abs(lon - 76.92)).toBeLessThan(0.02);
  });
});
