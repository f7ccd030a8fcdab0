/**
 * What the reader must be told where a figure or a mark shows: disagreeing reports side
 * by side, which figure sizes a circle, a region that no longer existed, a crisis that was
 * not earlier. These keep corrected content from coming back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../domain/features';
import { chapters } from './chapters';
import { events } from './events';
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

  it('Russia’s panel sets the CSTO’s whole force beside the article’s Russians, the reports the article cites and Panorama.am’s', () => {
    expect(notes.RUS![0]!.sources.map((s) => s.source)).toEqual(['sputnik-2022-01-06', 'article', 'article', 'panorama-2022-01-07']);
    for (const lang of NOTE_LANGS) {
      const text = noteText('RUS', lang);
      expect(text.match(/2[,\u00A0\u202F]?500/g)?.length).toBeGreaterThanOrEqual(3);
      expect((states(text, 5000) || text.includes('5 آلاف')) && states(text, 3000), `RUS ${lang}`).toBe(true);
    }
    expect(noteText('RUS', 'en')).toMatch(/cites several reports that Russia sent more than 5,000/);
    expect(noteText('RUS', 'ar')).toMatch(/تقارير عدة/);
    expect(noteText('RUS', 'ru')).toMatch(/ряд сообщений/);
  });

  it('the legend beside Russia’s circle says the article also cites the reports of more than 5,000, and gives Panorama.am’s 3,000', () => {
    for (const lang of LANGS) {
      const note = strings[lang].legend.troopFigures;
      expect(states(note, 5000) || note.includes('5 آلاف'), lang).toBe(true);
      expect(states(note, 3000), lang).toBe(true);
    }
    expect(en.legend.troopFigures).toMatch(/cites several reports that Russia sent more than 5,000/);
  });

  it('Armenia’s 100 is its Defense Ministry’s figure, not a report', () => {
    const arm = notes.ARM![0]!;
    expect(arm.figures?.find((f) => f.value === 100)?.what.en).toMatch(/Defense Ministry/);
    expect(arm.text.en).toMatch(/Armenia’s 100, its Defense Ministry’s figure/);
    expect(arm.text.en).not.toMatch(/Armenia’s reported/);
  });

  it('the article’s 600 is “about 600 at most” wherever it is given as a figure', () => {
    const whats = [...Object.values(notes).flat().flatMap((n) => n.figures ?? []), ...chapters.flatMap((c) => c.figures ?? [])]
      .filter((f) => f.value === 600 && f.source === 'article')
      .map((f) => f.what.en);
    expect(whats.length).toBeGreaterThan(0);
    for (const w of whats) expect(w).toMatch(/about, at most/);
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
    expect(en('peaceful-first-days')).toMatch(/alien armed elements/);
    expect(en('peaceful-first-days')).not.toMatch(/foreign/);
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

  it('the article’s 20,000 is dated as the article dates it, beside Tokayev’s own figure of 7 January', () => {
    const note = excerpts['terror-claim']!.note!;
    expect(note.sources.map((s) => s.source)).toEqual(['article', 'regnum-2022-01-07', 'pledgetimes-2022-01-07']);
    expect(note.sources[0]!.paragraph).toBe(4);
    expect(note.en).toMatch(/evening of 5 January.*7 January/);
    expect(note.ar).toMatch(/مساء 5 يناير.*7 يناير/);
    expect(note.ru).toMatch(/вечеру 5 января.*7 января/);
    for (const t of [note.en, note.ar, note.ru]) expect(t).not.toMatch(/undated|does not date|بلا تاريخ|لا يؤرّخ|без даты|не датирует/);
    const request = chapters.find((c) => c.id === 'request')!;
    for (const t of [request.text.en, request.text.ar, request.text.ru, ...(request.figures ?? []).map((f) => f.what.en)]) {
      expect(t).not.toMatch(/undated|بلا تاريخ|без даты/);
    }
  });

  it('the article’s “1990” is translated as written, with no note of dates the checked facts do not give', () => {
    expect(excerpts['security-council']!.note).toBeUndefined();
    expect(excerpts['security-council']!.en).toMatch(/in 1990/);
  });

  it('the introduction gives only dates with their source, and does not date the four others’ units', () => {
    expect(en.intro.body).not.toMatch(/6–7 January|2 January/);
    expect(ar.intro.body).not.toMatch(/6 و7 يناير|2 يناير/);
    expect(en.intro.body).toMatch(/the article dates his change of tone to the evening of 5 January/);
    expect(en.intro.body).toMatch(/on 6 January, the article says/);
    expect(en.intro.body).toMatch(/later the four other members sent token forces/);
    expect(en.intro.body).toMatch(/\(Anadolu Agency, 19 January 2022\)/);
    expect(ar.intro.body).toMatch(/\(وكالة الأناضول، 19 يناير 2022\)/);
  });

  it('the Kremlin’s aim is the article’s claim, and Putin’s “so-called” stays', () => {
    const c = chapters.find((x) => x.id === 'ukraine')!;
    expect(c.text.en).toMatch(/The Kremlin, the article says, also achieved/);
    expect(c.text.en).toMatch(/so-called colour revolutions/);
    expect(c.text.ru).toMatch(/По словам статьи, Кремль/);
    expect(c.text.ru).toMatch(/так называемых цветных революций/);
    expect(c.text.ar).toMatch(/ويقول المقال إن الكرملين/);
    expect(c.text.ar).toMatch(/ما يسمى/);
  });

  it('the flights home on 14 January are Shoigu’s plan: the units were to fly', () => {
    const c = chapters.find((x) => x.id === 'withdrawal')!;
    expect(c.text.en).toMatch(/By Shoigu’s plan of 13 January, the Armenian, Belarusian and Tajik units were to fly home on 14 January/);
    expect(c.text.en).not.toMatch(/flew home on 14 January/);
  });

  it('the Karabakh sentence is Russia’s, as the article reports it', () => {
    expect(noteText('episode-karabakh-2020', 'en')).toMatch(/^Russia, the article says, pointed out/);
    expect(noteText('episode-karabakh-2020', 'ar')).toMatch(/^ينقل المقال أن روسيا/);
    expect(noteText('episode-karabakh-2020', 'ru')).toMatch(/^По словам статьи, Россия/);
  });

  it('the Arabic description names the app’s three languages', () => {
    expect(ar.description).toMatch(/بالعربية والإنجليزية والروسية/);
  });
});

describe('the withdrawal as the cited reports give it', () => {
  it('the Kyrgyz unit is gone by the last of the five days Shoigu’s plan of 13 January gave it, not on 19 January', () => {
    const kgz = events.filter((e) => e.type === 'departure' && e.featureIds.includes('KGZ'));
    expect(kgz.map((e) => [e.date, e.source])).toEqual([['2022-01-18', 'armradio-2022-01-13']]);
  });

  it('Stepanakert has both its names in Arabic, as in English and Russian', () => {
    const p = read('places').features.find((f) => f.properties.id === 'stepanakert')!.properties;
    expect(p.name_en).toBe('Stepanakert / Khankendi');
    expect(p.name_ar).toBe('ستيباناكيرت / خانكندي');
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
