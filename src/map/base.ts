/**
 * The base map, under and between the story's layers: land and sea, the disputed areas drawn
 * apart, water, borders, places and names. It draws the story's base files, which must have
 * these ids (a unit test checks the story's `base` files against them).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/lang';
import { fileIds, story, type LegendEntry } from '../domain/story';
import { palette } from './palette';
import { ALL_AROUND, BLOCKER, BLOCKER_SIZE, CLICKABLE, cover, hovered, isPoint, labelField, labelLayout, labelPaint, fromFile, pointSelected, SELECTION, SMALL_TEXT, isLine, isPolygonal } from './kinds/expressions';

export const BASE_FILES = ['countries', 'labels', 'water', 'places'] as const;
const [COUNTRIES, LABELS, WATER, PLACES] = BASE_FILES;

/** The image disputed areas are hatched with: drawn apart from the state that claims them. */
export const HATCH = 'hatch-disputed';

/** A square tile of diagonal stripes in `hex` on transparent, seamless when repeated. */
export function hatchPattern(size: number, hex: string, stripe = 2): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if ((x + y) % size >= stripe) continue;
      data.set([r ?? 0, g ?? 0, b ?? 0, 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** The source of squares that cover the map's controls. */
export const CONTROLS = 'controls';

/** Cities other than capitals are drawn from this zoom: below it they would crowd out the host country's name. */
const CITY_DOTS_FROM = 2.5;
/** A size for places, nothing for a city at the smallest zooms. */
const byZoom = (size: ExpressionSpecification): ExpressionSpecification => [
  'step',
  ['zoom'],
  ['case', ['==', ['get', 'kind'], 'capital'], size, 0],
  CITY_DOTS_FROM,
  size,
];
/** The guard over a place: as far as its dot reaches, stroke included. */
const PLACE_GUARD = cover(['match', ['get', 'kind'], 'capital', 5.2, 4.2]);

/** Cities are named from this zoom; their dots keep other labels off from the first view. */
const CITY_NAMES_FROM = 3.5;

/** Capitals named by their own label: all but those a proportional symbol's label names. */
export const capitalFilter = (named: readonly string[]): ExpressionSpecification => [
  'all',
  ['==', ['get', 'kind'], 'capital'],
  ['!', ['in', ['get', 'id'], ['literal', [...named]]]],
];

/** From this zoom (a wide screen's first view) the actors' names are placed before the capitals'. */
const ACTORS_FIRST_FROM = 2.5;

/**
 * Country names, the larger first; `which` picks the countries. A crowded map's names (`crowded`)
 * may also take a corner, a little further off: on a phone's first view Kazakhstan's name finds
 * room only above Bishkek's figure and Kyrgyzstan's only below Almaty's name.
 */
function countryLabels(id: string, lang: Lang, which: ExpressionSpecification, crowded = false): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: LABELS,
    filter: ['all', ['==', ['get', 'kind'], 'country-label'], which],
    layout: {
      // A size smaller on the smallest maps, where the actors' capitals and figures crowd: on a
      // phone's first view a crowded name is as small as any other country's, or «Кыргызстан» runs
      // past the map's edge.
      ...labelLayout(lang, ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'rank'], 1, crowded ? 11 : 12, 11], 3, ['match', ['get', 'rank'], 1, 14, 11], 7, 18]),
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 9],
      // Off a symbol at its point, a country's name moves just above or below it.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', ...(crowded ? (['top-left', 'bottom-left', 'top-right', 'bottom-right'] as const) : [])],
      'text-radial-offset': crowded ? 1.3 : 1,
    },
    paint: { ...labelPaint, 'text-color': '#5a534a' },
  };
}

/** What the base map's own dots stand for, under the layers' legends: every dot on the map is explained. */
export const BASE_LEGEND = [
  { label: 'layers.capital', symbol: 'place', colour: palette.capital },
  { label: 'layers.city', symbol: 'place', colour: palette.city },
] as const satisfies readonly LegendEntry[];

/** The base map's layers, by where they lie among the story's (see style.ts). */
export function baseLayers(lang: Lang) {
  const isActor: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...story().actors]]];
  return {
    ground: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: `${COUNTRIES}-fill`, type: 'fill', source: COUNTRIES, paint: { 'fill-color': palette.land } },
    ],
    disputed: [
      {
        id: `${COUNTRIES}-disputed`,
        type: 'fill',
        source: COUNTRIES,
        filter: ['==', ['get', 'kind'], 'disputed'],
        paint: { 'fill-pattern': HATCH },
      },
    ],
    water: [
      { id: `${WATER}-lakes`, type: 'fill', source: WATER, filter: isPolygonal, paint: { 'fill-color': palette.water } },
      {
        id: `${WATER}-rivers`,
        type: 'line',
        source: WATER,
        filter: isLine,
        paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.6] },
      },
    ],
    borders: [
      {
        id: `${COUNTRIES}-line`,
        type: 'line',
        source: COUNTRIES,
        paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.4] },
      },
    ],
    // Every file's outline of what is selected, in the file's place among the layers.
    selected: fileIds()
      .filter((f) => f !== LABELS)
      .map(
        (file): LayerSpecification => ({
          id: `${file}-selected`,
          type: 'line',
          source: SELECTION,
          filter: ['all', ['!', isPoint], fromFile(file)],
          paint: { 'line-color': palette.selected, 'line-width': 3.5 },
        }),
      ),
    places: [
      {
        id: `${PLACES}-points`,
        metadata: CLICKABLE,
        type: 'circle',
        source: PLACES,
        paint: {
          'circle-radius': byZoom(['match', ['get', 'kind'], 'capital', 4.5, 3.5]),
          'circle-color': ['match', ['get', 'kind'], 'capital', palette.capital, palette.city],
          'circle-stroke-color': palette.label,
          'circle-stroke-width': byZoom(['case', hovered, 3, 1.3]),
        },
      },
    ],
    placeSelected: [pointSelected(PLACES, PLACES, 9)],
    countryNames: [
      countryLabels(`${LABELS}-countries`, lang, ['!', isActor]),
      // A phone's first view has no room for both: there the capitals and their figures come first.
      { ...countryLabels(`${LABELS}-actors-far`, lang, isActor, true), maxzoom: ACTORS_FIRST_FROM },
    ],
    placeNames: (
      [
        // Capitals are named from the first view; other cities once there is room.
        [`${PLACES}-capital-labels`, 'capital'],
        [`${PLACES}-labels`, 'city'],
      ] as const
    ).map(
      ([id, kind]): LayerSpecification => ({
        id,
        type: 'symbol',
        source: PLACES,
        filter: kind === 'capital' ? capitalFilter([]) : ['==', ['get', 'kind'], kind],
        layout: {
          ...labelLayout(lang, SMALL_TEXT),
          'text-field': kind === 'city' ? ['step', ['zoom'], '', CITY_NAMES_FROM, labelField(lang)] : labelField(lang),
          'text-variable-anchor': [...ALL_AROUND],
          'text-radial-offset': 0.7,
        },
        paint: labelPaint,
      }),
    ),
    // The actors' names are placed before the figures and capitals, which have more sides to
    // take: placed after them, Kyrgyzstan's name found no room under Bishkek's figure.
    actorNames: [{ ...countryLabels(`${LABELS}-actors`, lang, isActor), minzoom: ACTORS_FIRST_FROM }],
    // Symbol layers are placed top first. These invisible squares, on top, are placed before
    // any name, so no name is placed over a point (its own name sits beside it).
    placeGuard: [
      {
        id: `${PLACES}-guard`,
        type: 'symbol',
        source: PLACES,
        // A city not drawn at this zoom does not keep names away.
        minzoom: CITY_DOTS_FROM,
        filter: ['==', ['get', 'kind'], 'city'],
        layout: { 'icon-image': BLOCKER, 'icon-size': PLACE_GUARD, 'icon-allow-overlap': true },
      },
    ],
    top: [
      {
        id: `${PLACES}-capital-guard`,
        type: 'symbol',
        source: PLACES,
        filter: ['==', ['get', 'kind'], 'capital'],
        layout: { 'icon-image': BLOCKER, 'icon-size': PLACE_GUARD, 'icon-allow-overlap': true },
      },
      {
        // Squares over the map's controls (see MapController.coverControls): no name is placed
        // under the attribution, the scale or the buttons.
        id: 'controls-cover',
        type: 'symbol',
        source: CONTROLS,
        layout: {
          'icon-image': BLOCKER,
          'icon-size': ['/', ['get', 'size'], BLOCKER_SIZE],
          'icon-allow-overlap': true,
          'icon-rotation-alignment': 'viewport',
        },
      },
    ],
  } satisfies Record<string, LayerSpecification[]>;
}
