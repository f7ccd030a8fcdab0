import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, paragraphOf } from '../../domain/article';
import { EXCERPT_IDS } from './excerptIds';
import { excerpts } from './excerpts';
import { foreignIn, sameFigures } from './russian';

const article = readFileSync(new URL('./article.ar.txt', import.meta.url), 'utf8');
const shared = new URL('../../../../shared/article/article.ar.txt', import.meta.url);

describe('excerpts', () => {
  it('the article copy in the repo is the article', () => {
    let original: string;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return expect(article.length).toBeGreaterThan(6_000);
    }
    expect(article).toBe(original);
  });

  it('the article has 26 body paragraphs', () => {
    const ps = bodyParagraphs(article);
    expect(ps).toHaveLength(26);
    expect(ps[0]).toMatch(/^ساعات قليلة/);
    expect(ps[25]).toMatch(/^وبعيداً عن الغموض/);
  });

  for (const e of Object.values(excerpts)) {
    it(`"${e.id}" is a verbatim quote of paragraph ${e.paragraph}`, () => {
      expect(paragraphOf(article, e.ar)).toBe(e.paragraph);
      expect(e.en.trim()).not.toBe('');
    });

    it(`"${e.id}" has a Russian translation with the English one's figures${e.note ? ', and so has its note' : ''}`, () => {
      for (const [ru, en] of [[e.ru, e.en], ...(e.note ? [[e.note.ru, e.note.en]] : [])]) {
        expect(typeof ru).toBe('string');
        expect(foreignIn(ru!)).toEqual([]);
        expect(sameFigures(ru!, en!), ru).toBe(true);
      }
    });
  }

  it('are the ones the first view knows by id, in the same order', () => {
    expect(Object.keys(excerpts)).toEqual(EXCERPT_IDS);
  });

  it('a quote that is not in the article is caught', () => {
    expect(paragraphOf(article, 'روسيا أرسلت أكثر من 6 آلاف جندي')).toBe(0);
  });
});
