import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../domain/article';
import { wordPattern, findMentions, mentionsIn } from '../../domain/gazetteer';
import { articleEn } from './article.en';
import { gazetteer } from './gazetteer';
import { gazetteerEn } from './gazetteer.en';

const arabic = bodyParagraphs(readFileSync(new URL('./article.ar.txt', import.meta.url), 'utf8'));
const idsByParagraph = (ms: readonly { paragraph: number; id: string }[], n: number) =>
  [...new Set(ms.filter((m) => m.paragraph === n).map((m) => m.id))].sort();

describe('the English translation of the article', () => {
  it('has one paragraph for each of the article’s body paragraphs', () => {
    expect(articleEn.paragraphs).toHaveLength(arabic.length);
  });

  it('names, paragraph by paragraph, exactly the places, countries, organisations and people the Arabic names', () => {
    const ar = findMentions(arabic, gazetteer);
    const en = findMentions(articleEn.paragraphs, gazetteerEn, 'en');
    for (let n = 1; n <= arabic.length; n++) {
      expect({ paragraph: n, ids: idsByParagraph(en, n) }).toEqual({ paragraph: n, ids: idsByParagraph(ar, n) });
    }
  });

  it('keeps every figure of each paragraph', () => {
    // Arabic digits as the article writes them; "5 آلاف" is 5,000 and "20 ألف" 20,000.
    const figures = (s: string) => (s.match(/\d+/gu) ?? []).map(Number).filter((x) => x !== 0);
    arabic.forEach((p, i) => {
      const en = articleEn.paragraphs[i]!.replace(/(\d),(\d{3})/gu, '$1$2');
      for (const f of figures(p)) expect(figures(en).some((e) => e === f || e === f * 1000)).toBe(true);
    });
  });

  it('has notes only for paragraphs that exist', () => {
    for (const n of Object.keys(articleEn.notes).map(Number)) expect(articleEn.paragraphs[n - 1]).toBeDefined();
  });
});

describe('finding English names', () => {
  it('matches whole words in any case, the longest name first', () => {
    const ms = mentionsIn('The Kremlin said Almaty airport and Kazakhstan’s Kazakh people, not Kazakhstani.', gazetteerEn, 0, 'en');
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['kremlin', 'Kremlin'],
      ['almaty_airport', 'Almaty airport'],
      ['KAZ', 'Kazakhstan'],
      ['KAZ', 'Kazakh'],
    ]);
  });

  it('does not find a name inside a longer word', () => {
    expect(new RegExp(wordPattern('Osh'), 'iu').test('Oshkosh')).toBe(false);
    expect(mentionsIn('two airports', gazetteerEn, 0, 'en')).toEqual([]);
  });
});

describe('the translation reads the Arabic as the excerpts do', () => {
  const p = (n: number) => articleEn.paragraphs[n - 1]!;

  it('keeps the corrected readings of «غريبة», the 20,000 doubt and «رئيس الظل»', () => {
    expect(p(15)).toMatch(/“alien armed elements”/);
    expect(p(16)).toMatch(/whether the more than 20,000 gunmen .* could have gathered/);
    expect(p(20)).not.toMatch(/shadow president/);
    expect(p(14)).toMatch(/dictated Tokayev’s request/);
    expect(p(4)).toMatch(/officials responsible for the rise in fuel prices/);
    expect(p(19)).toMatch(/^Perhaps/);
  });

  it('keeps the article’s “1990” as written, with no note of dates the checked facts do not give', () => {
    expect(p(5)).toMatch(/independence from the Soviet Union in 1990/);
    expect(articleEn.notes[5]).toBeUndefined();
  });
});
