import meta from './meta.json';
import type { Words } from '../../domain/story';

/**
 * The story's words in English (i18next resources): its title, layers, legend,
 * intro, kinds and figures. The engine's own words are in src/strings; each language loads
 * when first shown.
 */
export const en = {
  // The page's title and summary, as link previews read them before any script (meta.json).
  title: meta.title,
  shortTitle: meta.shortTitle,
  subtitle: 'A map of the article “CSTO forces… new roles under the Kremlin’s command” (13 January 2022)',
  description: meta.description,
  layers: {
    protest: 'Where protests began',
    almaty: 'Almaty',
    csto: 'CSTO member states',
    regions: 'Kazakhstan’s regions',
    episodes: 'Other crises the article cites',
  },
  legend: {
    mangystau: 'Mangystau region, where the protests began',
    zhanaozen: 'Zhanaozen, first protests (2 January)',
    spread: 'Spread to Almaty (4 January)',
    almaty: 'Almaty city',
    airport: 'Almaty airport, seized on 5 January',
    host: 'Host state, requested the force',
    contributor: 'Sent troops',
    crimea: 'Crimea: annexed by Russia in 2014, not recognised by most states',
    troops: 'Troops sent: each circle’s area is the figure printed beside it',
    sizeKey: 'Size key: circles for {{list}} troops, at the map’s scale',
    route: 'Route to Almaty (great circle)',
    withdrawing: 'Troops leaving (on the timeline, from 13 January); a contingent that has left, or by the plan was to have left, is no longer drawn (14, 18 and 19 January)',
    troopFigures: 'Circle sizes: Russia, the article’s “more than 2,500” (paragraph 7); the others, each country’s figure as Panorama.am reported it on 7 January 2022. The reports disagree. Those four figures (Armenia 100, per its Defense Ministry; Belarus 500, Kyrgyzstan 150 and Tajikistan 200, reportedly) add up to 950, while the article puts the four together at “about 600 soldiers at most” (paragraph 8). The CSTO gave “about 2,500” for the whole force (Sputnik, 6 January 2022), while the article counts more than 2,500 Russians alone and also cites several reports that Russia sent more than 5,000 (paragraph 8); Panorama.am reported 3,000 Russians.',
    regionsNote: 'The boundaries are older than 2018: “South Kazakhstan” had become Turkistan Region and the city of Shymkent in 2018 (Kazinform, 26 June 2018), so in January 2022 it no longer existed; the map draws it as one unit.',
    region: 'Region (oblast) boundary',
    episode: 'Crisis the article cites (year in its name; Ukraine: at the same time, January 2022)',
    episodeBorder: 'Kyrgyz–Tajik border clashes, 2021',
  },
  map: {
    label: 'Map of Kazakhstan and the CSTO member states',
    attribution: 'Natural Earth (public domain), GeoNames (CC BY 4.0) · Text: the article of 13 January 2022',
  },
  panel: {
    length: 'Distance to Almaty: about {{km}} km (great circle)',
  },
  timeline: {
    heading: 'Timeline, 1–19 January 2022',
  },
  // The reader's words for this article's original and our translation.
  reader: {
    original: 'Arabic (original)',
    translation: 'English (our translation)',
    translated: 'Our translation from the Arabic, paragraph by paragraph. The article’s own words are in the Arabic original.',
  },
  intro: {
    heading: 'What happened, and where',
    date: 'Article of 13 January 2022',
    headline: 'قوات منظمة معاهدة الأمن الجماعي... أدوار جديدة بإمرة الكرملين',
    headlineEn: 'CSTO forces… new roles under the Kremlin’s command',
    photo: 'The copy’s photo, captioned',
    photoCaption: 'القوات الروسية في مدينة ألماتا الكازاخية (فاليري شاريفولين/Getty)',
    photoGloss: 'Russian troops in the Kazakh city of Almaty; photo: Valery Sharifulin/Getty',
    noOutlet: 'The copy of the article this map uses names no outlet and no author.',
    body: 'Protests over fuel prices that broke out in Zhanaozen, in western Kazakhstan, spread to Almaty. President Tokayev asked the Collective Security Treaty Organization (CSTO) for help; the article dates his change of tone to the evening of 5 January. A few hours after his request the first Russian troops reached Almaty, and on 6 January, the article says, Russia announced it had begun sending peacekeepers; later the four other members sent token forces. On 19 January Kazakhstan’s Defence Ministry said the last units had left (Anadolu Agency, 19 January 2022). The map follows the article place by place: click a place, a region or a country, or pick one below, to read what the article says about it.',
    groups: {
      countries: 'CSTO member states',
      places: 'Places',
      regions: 'Kazakhstan’s regions',
      episodes: 'Other crises the article cites',
    },
  },
  kind: {
    country: 'Country',
    region: 'Region of Kazakhstan',
    city: 'City',
    capital: 'Capital',
    airport: 'Airport',
    spread: 'How the protests spread',
    episode: 'Crisis the article cites',
  },
  role: {
    host: 'CSTO member, host state: asked for the force',
    contributor: 'CSTO member: sent troops',
    none: 'Not a CSTO member',
  },
  figure: {
    troops: {
      'more-than': 'more than {{n}} troops',
      about: 'about {{n}} troops',
      'at-most': 'at most {{n}} troops',
      reportedly: '{{n}} troops (reportedly)',
      'more-than-reportedly': 'more than {{n}} troops, as several reports said',
      exact: '{{n}} troops',
    },
    'troops-others-total': {
      'more-than': 'the four smaller contributors together: more than {{n}} troops',
      about: 'the four smaller contributors together: about {{n}} troops',
      'at-most': 'the four smaller contributors together: about {{n}} troops at most',
      reportedly: 'the four smaller contributors together: {{n}} troops (reportedly)',
      'more-than-reportedly': 'the four smaller contributors together: more than {{n}} troops, as several reports said',
      exact: 'the four smaller contributors together: {{n}} troops',
    },
  },
  figures: {
    heading: 'Troops by country',
    intro: 'Every troop figure the map uses, with its source: the article, or an outlet and the day it published. Sort by any column; the CSV holds the same rows.',
  },
  data: {
    files: {
      countries: 'Countries',
      labels: 'Country label points',
      water: 'Lakes and rivers',
      places: 'Cities and capitals',
      regions: 'Kazakhstan’s regions',
      protest: 'Protest origin',
      almaty: 'Almaty',
      csto: 'CSTO member states, troops and routes',
      episodes: 'Other crises the article cites',
    },
  },
};

export type Strings = Words<typeof en>;
