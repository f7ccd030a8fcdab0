/**
 * Every figure and date the map shows says where it comes from: a source that exists, and
 * a paragraph of the article when the source is the article. Every number in a chapter
 * caption or an event label is backed by a date or a figure on that same item.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../domain/article';
import type { Chapter } from '../../domain/chapters';
import { selectionId, type LayerCollection } from '../../domain/features';
import type { Sourced, SourcedNumber, TimelineEvent } from '../../domain/timeline';
import { isIsoDate } from '../../domain/timeline';
import { chapters } from './chapters';
import { eventById, events } from './events';
import { eventLabels } from './eventLabels';
import { LANGS } from '../../domain/lang';
import { excerpts } from './excerpts';
import { notes } from './notes';
import { foreignIn, sameFigures } from './russian';
import { sources } from './sources';

const article = readFileSync(new URL('./article.ar.txt', import.meta.url), 'utf8');
const paragraphs = bodyParagraphs(article);
const paragraphCount = paragraphs.length;

const dir = new URL('../../../geodata/', import.meta.url);
const geodata = readdirSync(dir)
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LayerCollection] as const);
const selectionIds = new Set(geodata.flatMap(([, c]) => c.features.map((f) => selectionId(f.properties))));

/** What is wrong with a citation, or null. */
function citationProblem(s: Sourced): string | null {
  if (!s.source) return 'no source';
  if (!sources[s.source]) return `unknown source "${s.source}"`;
  if (s.source === 'article') {
    if (s.paragraph === undefined) return 'cites the article without a paragraph';
    if (!Number.isInteger(s.paragraph) || s.paragraph < 1 || s.paragraph > paragraphCount) {
      return `paragraph ${s.paragraph} is not one of the article's ${paragraphCount}`;
    }
  }
  return null;
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * The numbers a text states: digits in either script, thousands separators (a comma, the
 * Arabic one, or Russian's no-break spaces), and the Arabic "ألف"/"آلاف" (thousand) after
 * a number ("20 ألف" is 20,000).
 */
function numbersIn(text: string): number[] {
  const t = text.replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)));
  const out: number[] = [];
  for (const m of t.matchAll(/(\d+(?:[,٬\u00A0\u202F]\d{3}(?!\d))*(?:\.\d+)?)(\s*(?:ألف|آلاف))?/g)) {
    const n = Number(m[1]!.replace(/[,٬\u00A0\u202F]/g, ''));
    out.push(m[2] ? n * 1000 : n);
  }
  return out;
}

/** The numbers a date lets a caption state: its day and its year. */
const dateNumbers = (date: string): number[] => [Number(date.slice(0, 4)), Number(date.slice(8, 10))];

function unbacked(texts: string[], dates: string[], figures: readonly SourcedNumber[] = []): number[] {
  const backed = new Set([...dates.flatMap(dateNumbers), ...figures.map((f) => f.value)]);
  return texts.flatMap(numbersIn).filter((n) => !backed.has(n));
}

/**
 * The numbers a citation lets a note state: its source's day and year, and the article's
 * paragraph with the numbers that paragraph itself states (its dates and figures are the article's).
 */
const citedNumbers = (cites: readonly Sourced[]): SourcedNumber[] =>
  cites.flatMap((c) => [
    ...(c.paragraph !== undefined ? [{ ...c, value: c.paragraph, what: { en: 'paragraph', ar: 'فقرة', ru: 'абзац' } }] : []),
    ...(c.source === 'article' && c.paragraph !== undefined
      ? numbersIn(paragraphs[c.paragraph - 1] ?? '').map((value) => ({ ...c, value, what: { en: 'in the paragraph', ar: 'في الفقرة', ru: 'в абзаце' } }))
      : []),
    ...(sources[c.source]?.date.length === 10 ? dateNumbers(sources[c.source]!.date).map((value) => ({ ...c, value, what: { en: 'date', ar: 'تاريخ', ru: 'дата' } })) : []),
  ]);

describe('numbersIn', () => {
  it('reads numbers as captions write them', () => {
    expect(numbersIn('more than 2,500 soldiers on 6 January 2022')).toEqual([2500, 6, 2022]);
    expect(numbersIn('أكثر من 20 ألف مقاتل و5 آلاف جندي')).toEqual([20000, 5000]);
    expect(numbersIn('في ٥ يناير')).toEqual([5]);
    expect(numbersIn('более 2\u00A0500 военнослужащих 6 января 2022 г.')).toEqual([2500, 6, 2022]);
    expect(numbersIn('no numbers')).toEqual([]);
  });

  it('catches a number with nothing behind it', () => {
    expect(unbacked(['about 700 soldiers on 6 January'], ['2022-01-06'], [{ value: 600, what: { en: 'x', ar: 'x', ru: 'x' }, source: 'article', paragraph: 8 }])).toEqual([700]);
    expect(citationProblem({ source: 'article' })).toBe('cites the article without a paragraph');
    expect(citationProblem({ source: 'article', paragraph: 27 })).toMatch(/not one of/);
    expect(citationProblem({ source: 'tass-2022-01-07' })).toBe('unknown source "tass-2022-01-07"');
  });
});

describe('figures and dates in the geodata files', () => {
  for (const [file, fc] of geodata) {
    it(`${file}: every figure and date has a known source`, () => {
      const problems: string[] = [];
      for (const { properties: p } of fc.features) {
        for (const f of p.figures ?? []) {
          const bad = citationProblem({ source: f.source, paragraph: f.paragraph });
          if (bad) problems.push(`${p.id}: figure ${f.kind} ${f.value}: ${bad}`);
        }
        if (p.date !== undefined) {
          if (!isIsoDate(p.date)) problems.push(`${p.id}: date ${p.date} is not a date`);
          const bad = p.date_source ? citationProblem({ source: p.date_source }) : 'no source';
          if (bad) problems.push(`${p.id}: date ${p.date}: ${bad}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

const eventCitations = (e: TimelineEvent): Sourced[] => [e, ...(e.also ?? []), ...(e.figures ?? [])];

describe('events', () => {
  it('each names as its source the article with a paragraph, or an outlet with the day it published', () => {
    const vague = events.filter((e) => {
      if (e.source === 'article') return e.paragraph === undefined;
      const s = sources[e.source];
      return !s || s.outlet.trim() === '' || !isIsoDate(s.date);
    });
    expect(vague.map((e) => `${e.id}: ${e.source}`)).toEqual([]);
  });

  it('each has its words, and every word is an event’s, in every language', () => {
    expect(Object.keys(eventLabels).sort()).toEqual(events.map((e) => e.id).sort());
    for (const [id, label] of Object.entries(eventLabels)) for (const lang of LANGS) expect(label[lang], `${id} in ${lang}`).toMatch(/\S/);
  });

  for (const e of events) {
    it(`${e.id}: its date and figures are sourced, its numbers backed, its features on the map`, () => {
      expect(isIsoDate(e.date)).toBe(true);
      expect(eventCitations(e).map(citationProblem).filter(Boolean)).toEqual([]);
      expect(unbacked(Object.values(eventLabels[e.id]!), [e.date], e.figures)).toEqual([]);
      for (const id of e.featureIds) expect(selectionIds.has(id), id).toBe(true);
    });

    it(`${e.id}: its label and figures are in Russian too, with the English figures`, () => {
      for (const t of [eventLabels[e.id]!, ...(e.figures ?? []).map((f) => f.what)]) {
        expect(typeof t.ru, t.en).toBe('string');
        expect(foreignIn(t.ru), t.ru).toEqual([]);
        expect(sameFigures(t.ru, t.en), t.ru).toBe(true);
      }
    });
  }
});

const chapterCitations = (c: Chapter): Sourced[] => [...(c.dateSource ? [c.dateSource] : []), ...(c.figures ?? [])];

describe('chapters', () => {
  for (const c of chapters) {
    it(`${c.id}: its date and figures are sourced, every number in its title and caption backed`, () => {
      if (c.date !== undefined) {
        expect(isIsoDate(c.date)).toBe(true);
        expect(c.dateSource, 'a dated chapter names the source of its date').toBeDefined();
      }
      expect(chapterCitations(c).map(citationProblem).filter(Boolean)).toEqual([]);
      const eventDates = (c.events ?? []).map((id) => eventById[id]!.date);
      const dates = [...(c.date ? [c.date] : []), ...eventDates];
      expect(unbacked([c.title.en, c.title.ar, c.title.ru, c.text.en, c.text.ar, c.text.ru], dates, c.figures)).toEqual([]);
    });
  }
});

describe('notes beside the quotes and in the panels', () => {
  const all = [
    ...Object.entries(notes).flatMap(([id, list]) => list.map((n, i) => [`${id} ${i}`, n.text, n.sources, n.figures ?? []] as const)),
    ...Object.values(excerpts).flatMap((e) => (e.note ? [[`excerpt ${e.id}`, e.note, e.note.sources, e.note.figures ?? []] as const] : [])),
  ];
  for (const [name, text, cites, figures] of all) {
    it(`${name}: names sources that exist, and every number it states is theirs`, () => {
      expect(cites.length).toBeGreaterThan(0);
      expect([...cites, ...figures].map(citationProblem).filter(Boolean)).toEqual([]);
      expect(unbacked([text.en, text.ar, text.ru], [], [...figures, ...citedNumbers(cites)])).toEqual([]);
    });

    it(`${name}: says it in Russian too, with the English figures`, () => {
      for (const t of [text, ...figures.map((f) => f.what)]) {
        expect(typeof t.ru, t.en).toBe('string');
        expect(foreignIn(t.ru), t.ru).toEqual([]);
        expect(sameFigures(t.ru, t.en), t.ru).toBe(true);
      }
    });
  }

  it('are about things the map has', () => {
    for (const id of Object.keys(notes)) expect(selectionIds.has(id), id).toBe(true);
  });
});

describe('sources', () => {
  it('every source is complete', () => {
    for (const s of Object.values(sources)) {
      expect(s.outlet.trim(), s.id).not.toBe('');
      expect(s.date, s.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
});
