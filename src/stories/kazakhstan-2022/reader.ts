/** What the reader loads when it opens: the article as written, our translations, the gazetteer. */
import type { ReaderContent } from '../../domain/story';
import article from './article.ar.txt?raw';
import { articleEn } from './article.en';
import { gazetteer } from './gazetteer';
import { gazetteerEn } from './gazetteer.en';
import { articleRu } from './article.ru';
import { gazetteerRu } from './gazetteer.ru';

export const reader: ReaderContent = {
  article,
  gazetteer,
  translations: {
    en: { ...articleEn, gazetteer: gazetteerEn },
    ru: { ...articleRu, gazetteer: gazetteerRu },
  },
};
