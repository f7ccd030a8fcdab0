/**
 * Kazakhstan, January 2022: the CSTO intervention, as the Arabic article of 13 January 2022
 * tells it. The story's one entry: everything the engine draws of it.
 */
import type { ReaderContent, Story, StoryTexts } from '../../domain/story';
import type { Chapter } from '../../domain/chapters';
import { ACTORS, events } from './events';
import { EXCERPT_IDS } from './excerptIds';
import { FILES } from './files';
import { fileUrl, namesUrl } from './geodata';
import { homeBounds, LAYERS } from './layers';
import { sources } from './sources';
import meta from './meta.json';
import type { Lang } from '../../domain/lang';

let chapters: Promise<readonly Chapter[]> | undefined;
let reader: Promise<ReaderContent> | undefined;
let texts: Promise<StoryTexts> | undefined;

/** The English strings' shape: it types every key the engine asks for (src/app/i18next.d.ts). */
export type { Strings } from './strings';

export const story = {
  id: 'kazakhstan-2022',
  imageName: 'kazakhstan-january-2022',
  strings: {
    en: () => import('./strings').then((m) => m.en),
    ar: () => import('./strings.ar').then((m) => m.ar),
    ru: () => import('./strings.ru').then((m) => m.ru),
  },
  files: FILES,
  fileUrl,
  namesUrl,
  layers: LAYERS,
  lists: [
    { key: 'countries', label: 'intro.groups.countries', files: ['csto'], kinds: ['country'] },
    { key: 'places', label: 'intro.groups.places', files: ['protest', 'almaty', 'places'], kinds: ['city', 'capital', 'airport', 'spread'] },
    { key: 'regions', label: 'intro.groups.regions', files: ['regions'] },
    { key: 'episodes', label: 'intro.groups.episodes', files: ['episodes'] },
  ],
  homeBounds,
  events,
  axis: { start: '2022-01-01', end: '2022-01-19' },
  articleLang: meta.articleLang as Lang,
  // The troops' routes and the protests' spread lead to Almaty.
  routes: { kinds: ['route', 'spread'], length: 'panel.length' },
  actors: ACTORS,
  excerptIds: EXCERPT_IDS,
  sources,
  chapters: () => (chapters ??= import('./chapters').then((m) => m.chapters)),
  reader: () => (reader ??= import('./reader').then((m) => m.reader)),
  texts: () => (texts ??= import('./texts').then((m) => m.texts)),
} satisfies Story;
