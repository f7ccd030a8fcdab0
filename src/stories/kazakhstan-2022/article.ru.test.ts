import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../domain/article';
import { findMentions, mentionsIn } from '../../domain/gazetteer';
import { articleEn } from './article.en';
import { articleRu } from './article.ru';
import { gazetteer } from './gazetteer';
import { gazetteerRu } from './gazetteer.ru';
import { figuresIn, foreignIn } from './russian';

const arabic = bodyParagraphs(readFileSync(new URL('./article.ar.txt', import.meta.url), 'utf8'));
const idsByParagraph = (ms: readonly { paragraph: number; id: string }[], n: number) =>
  [...new Set(ms.filter((m) => m.paragraph === n).map((m) => m.id))].sort();
// Russian is matched as English is: whole words in any case, no proclitics.
const find = (text: string) => mentionsIn(text, gazetteerRu, 0, 'ru').map((m) => [m.id, m.text]);

describe('the Russian translation of the article', () => {
  it('has one paragraph for each of the article’s body paragraphs', () => {
    expect(articleRu.paragraphs).toHaveLength(arabic.length);
  });

  it('names, paragraph by paragraph, exactly the places, countries, organisations and people the Arabic names', () => {
    const ar = findMentions(arabic, gazetteer);
    const ru = findMentions(articleRu.paragraphs, gazetteerRu, 'ru');
    for (let n = 1; n <= arabic.length; n++) {
      expect({ paragraph: n, ids: idsByParagraph(ru, n) }).toEqual({ paragraph: n, ids: idsByParagraph(ar, n) });
    }
  });

  it('keeps every figure of each paragraph', () => {
    // "5 آلاف" is 5,000 and "20 ألف" 20,000: written in full in Russian.
    arabic.forEach((p, i) => {
      const ru = figuresIn(articleRu.paragraphs[i]!);
      for (const f of figuresIn(p).filter((x) => x !== 0)) expect(ru.some((r) => r === f || r === f * 1000), `${i + 1}: ${f}`).toBe(true);
    });
  });

  it('is Russian throughout: no Arabic or Latin words left, in the paragraphs or the notes', () => {
    for (const p of [...articleRu.paragraphs, ...Object.values(articleRu.notes)]) expect(foreignIn(p), p).toEqual([]);
  });

  it('has notes for the paragraphs the English notes, and only those', () => {
    expect(Object.keys(articleRu.notes)).toEqual(Object.keys(articleEn.notes));
  });
});

describe('finding Russian names', () => {
  it('finds every case a name is declined in, in any case of letters, the longest name first', () => {
    expect(find('Кремль и Кремлём, в Казахстане, из КАЗАХСТАНА, российские войска и Россию')).toEqual([
      ['kremlin', 'Кремль'],
      ['kremlin', 'Кремлём'],
      ['KAZ', 'Казахстане'],
      ['KAZ', 'КАЗАХСТАНА'],
      ['RUS', 'российские'],
      ['RUS', 'Россию'],
    ]);
    expect(find('аэропорт Алматы, а не аэропорт; Организация Объединённых Наций, не организация')).toEqual([
      ['almaty_airport', 'аэропорт Алматы'],
      ['almaty_airport', 'аэропорт'],
      ['un', 'Организация Объединённых Наций'],
      ['csto', 'организация'],
    ]);
  });

  it('does not find a name inside a longer word, nor a plural that means something else', () => {
    expect(find('Ошибка в Белоруссии')).toEqual([['BLR', 'Белоруссии']]);
    expect(find('аэропортов и Россиянка')).toEqual([]);
  });
});

describe('the translation reads the Arabic as the English does', () => {
  const p = (n: number) => articleRu.paragraphs[n - 1]!;

  it('keeps the corrected readings of «غريبة», the 20,000 doubt, «رئيس الظل» and «لعل»', () => {
    expect(p(15)).toMatch(/«чужие вооружённые элементы»/);
    expect(p(16)).toMatch(/могли ли более 20\u00A0000 вооружённых людей, .* собрать/);
    expect(p(20)).not.toMatch(/тенев/);
    expect(p(20)).toMatch(/«президента в тени» \[Назарбаева\]/);
    expect(p(14)).toMatch(/Токаева вынудила внутренняя борьба за власть/);
    expect(p(4)).toMatch(/чиновников, ответственных за рост цен на топливо/);
    expect(p(19)).toMatch(/^Возможно/);
  });

  it('keeps the article’s hedges on the troop figures', () => {
    expect(p(7)).toMatch(/более чем 2\u00A0500 российскими/);
    expect(p(8)).toMatch(/По данным ряда сообщений.*более 5\u00A0000.*самое большее около 600/);
    expect(p(24)).toMatch(/скорее всего.*примерно в 20 процентов/);
  });

  it('keeps the article’s “1990” as written and notes Massimov’s first name beside its paragraph', () => {
    expect(p(5)).toMatch(/независимости от Советского Союза в 1990 году/);
    expect(articleRu.notes[5]).toBeUndefined();
    expect(p(17)).toMatch(/Карима Масимова/);
    expect(articleRu.notes[17]).toMatch(/«Касым Масимов».*Карим Масимов/);
  });
});
