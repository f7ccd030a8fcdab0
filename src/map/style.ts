import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../domain/url';
import { palette } from './palette';
import { fileIds, story } from '../domain/story';

const { contributors: CONTRIBUTORS } = story();
const FILE_IDS = fileIds();


export const FONT = 'Noto Sans';

/** How opaque each thematic fill is, so tests can check what the eye gets. */
export const FILL_OPACITY = { protest: 0.38, almaty: 0.5, host: 0.4, contributor: 0.4 } as const;
/** The outlines that carry a fill's meaning where the fill itself is faint. */
export const OUTLINE = { protest: palette.protestMark, host: palette.hostMark, contributor: palette.troops } as const;

/** The image Crimea is hatched with: drawn apart from Russia, whose annexation most states do not recognise. */
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

/** A transparent square: drawn under a point's label, it keeps other labels off the point. */
export const BLOCKER = 'blocker';
export const BLOCKER_SIZE = 8;
/** The source of squares that cover the map's controls. */
export const CONTROLS = 'controls';

/** Pixels of a troop circle's radius per square root of troops: its area is proportional to troops. */
export const TROOP_SCALE = 0.42;
const troopRadius: ExpressionSpecification = ['*', TROOP_SCALE, ['sqrt', ['coalesce', ['get', 'troops'], 0]]];

/** Cities other than capitals are drawn from this zoom: below it they would crowd out Kazakhstan's name. */
const CITY_DOTS_FROM = 2.5;
/** A size for places, nothing for a city at the smallest zooms. */
const byZoom = (size: ExpressionSpecification): ExpressionSpecification => [
  'step',
  ['zoom'],
  ['case', ['==', ['get', 'kind'], 'capital'], size, 0],
  CITY_DOTS_FROM,
  size,
];

/** The blocker's scale that covers a point of this radius. */
const cover = (radius: ExpressionSpecification | number): ExpressionSpecification => ['/', ['*', 2, radius], BLOCKER_SIZE];

/** The guard over each file's points: as far as they reach from their centre, stroke included. */
const GUARD_SIZE = {
  places: cover(['match', ['get', 'kind'], 'capital', 5.2, 4.2]),
  protest: cover(8),
  almaty: cover(8),
  episodes: cover(8.5),
  csto: cover(['+', 0.75, troopRadius]),
} satisfies Record<string, ExpressionSpecification>;

/** A point's name: 12 px, a little smaller on the phone's first view, where the capitals crowd. */
const SMALL_TEXT: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 10.5, 3, 12];
/** Every side of a point a name may take, straight sides first. */
const ALL_AROUND = ['top', 'left', 'right', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isPolygonal: ExpressionSpecification = [
  'any',
  ['==', ['geometry-type'], 'Polygon'],
  ['==', ['geometry-type'], 'MultiPolygon'],
];
const isLine: ExpressionSpecification = [
  'any',
  ['==', ['geometry-type'], 'LineString'],
  ['==', ['geometry-type'], 'MultiLineString'],
];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const selectionKey: ExpressionSpecification = ['coalesce', ['get', 'ref'], ['get', 'id']];
/** Matches no feature: the selection layers' filter while nothing is selected. */
export const selectedFilter = (id: string | null): ExpressionSpecification => [
  '==',
  selectionKey,
  id ?? '',
];

export const labelField = (lang: Lang): ExpressionSpecification => [
  'coalesce',
  ['get', lang === 'ar' ? 'name_ar' : 'name_en'],
  ['get', 'name_en'],
];

/** A troop circle's label: the capital it stands on, and under it the figure that sets its size (see domain/troopLabel). */
export const figureField = (lang: Lang): ExpressionSpecification => [
  'format',
  ['coalesce', ['get', lang === 'ar' ? 'capital_ar' : 'capital_en'], ''],
  {},
  '\n',
  {},
  ['coalesce', ['get', lang === 'ar' ? 'figure_ar' : 'figure_en'], ''],
  { 'text-color': palette.troops, 'font-scale': 0.92 },
];

/** Cities are named from this zoom; their dots keep other labels off from the first view. */
const CITY_NAMES_FROM = 3.5;

/** What a name layer writes, in the reader's language. */
function textField(layer: string, lang: Lang): ExpressionSpecification {
  if (layer === 'csto-figures') return figureField(lang);
  if (layer === 'places-labels') return ['step', ['zoom'], '', CITY_NAMES_FROM, labelField(lang)];
  return labelField(lang);
}

/** Capitals named by their own label: all but those a troop circle's label names. */
export const capitalFilter = (named: readonly string[]): ExpressionSpecification => [
  'all',
  ['==', ['get', 'kind'], 'capital'],
  ['!', ['in', ['get', 'id'], ['literal', [...named]]]],
];

const labelPaint = {
  'text-color': palette.label,
  'text-halo-color': palette.halo,
  'text-halo-width': 1.6,
};
const labelLayout = (lang: Lang, size: ExpressionSpecification | number) => ({
  'text-field': labelField(lang),
  'text-font': [FONT],
  'text-size': size,
  'text-max-width': 8,
});

/** From this zoom (a wide screen's first view) the actors' names are placed before the capitals'. */
const ACTORS_FIRST_FROM = 2.5;
/** Kazakhstan and the states that sent troops: the map's actors. */
const isActor: ExpressionSpecification = ['in', ['get', 'id'], ['literal', ['KAZ', ...CONTRIBUTORS]]];

/** Country names, the larger first; `which` picks the countries. */
function countryLabels(id: string, lang: Lang, which: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'labels',
    filter: ['all', ['==', ['get', 'kind'], 'country-label'], which],
    layout: {
      ...labelLayout(lang, ['interpolate', ['linear'], ['zoom'], 3, ['match', ['get', 'rank'], 1, 14, 11], 7, 18]),
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 9],
      // Off a symbol at its point, a country's name moves just above or below it.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 1,
    },
    paint: { ...labelPaint, 'text-color': '#5a534a' },
  };
}

/**
 * The map's layers, bottom to top. A layer's id starts with the id of the data file it
 * draws, and with the thematic layer's id for the toggled ones, so visibility is a prefix.
 */
/** Marks a style layer the reader can click. */
const CLICKABLE = { clickable: true };

function layers(lang: Lang): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'csto-fill',
      metadata: CLICKABLE,
      type: 'fill',
      source: 'csto',
      filter: isPolygonal,
      paint: {
        'fill-color': ['match', ['get', 'role'], 'host', palette.host, palette.contributor],
        'fill-opacity': ['case', hovered, 0.6, FILL_OPACITY.host],
      },
    },
    {
      id: 'countries-disputed',
      type: 'fill',
      source: 'countries',
      filter: ['==', ['get', 'kind'], 'disputed'],
      paint: { 'fill-pattern': HATCH },
    },
    {
      id: 'regions-fill',
      metadata: CLICKABLE,
      type: 'fill',
      source: 'regions',
      paint: { 'fill-color': palette.region, 'fill-opacity': ['case', hovered, 0.14, 0] },
    },
    {
      id: 'protest-fill',
      metadata: CLICKABLE,
      type: 'fill',
      source: 'protest',
      filter: isPolygonal,
      paint: { 'fill-color': palette.protest, 'fill-opacity': ['case', hovered, 0.55, FILL_OPACITY.protest] },
    },
    {
      id: 'almaty-fill',
      metadata: CLICKABLE,
      type: 'fill',
      source: 'almaty',
      filter: isPolygonal,
      paint: { 'fill-color': palette.almaty, 'fill-opacity': ['case', hovered, 0.7, FILL_OPACITY.almaty] },
    },
    {
      id: 'water-lakes',
      type: 'fill',
      source: 'water',
      filter: isPolygonal,
      paint: { 'fill-color': palette.water },
    },
    {
      id: 'water-rivers',
      type: 'line',
      source: 'water',
      filter: isLine,
      paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.6] },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: 'regions',
      paint: { 'line-color': palette.region, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.4] },
    },
    {
      id: 'csto-line',
      type: 'line',
      source: 'csto',
      filter: isPolygonal,
      paint: {
        'line-color': ['match', ['get', 'role'], 'host', OUTLINE.host, OUTLINE.contributor],
        'line-width': ['case', hovered, 2.5, 1.2],
      },
    },
    {
      id: 'protest-line',
      type: 'line',
      source: 'protest',
      filter: isPolygonal,
      paint: { 'line-color': OUTLINE.protest, 'line-width': ['case', hovered, 3, 1.8] },
    },
    {
      id: 'csto-routes',
      metadata: CLICKABLE,
      type: 'line',
      source: 'csto',
      filter: isLine,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': palette.troops, 'line-width': ['case', hovered, 4, 2.2], 'line-opacity': 0.85 },
    },
    {
      // White dashes over a route: its troops have begun to leave (only set on a timeline date).
      id: 'csto-withdrawing',
      type: 'line',
      source: 'csto',
      filter: ['all', isLine, ['==', ['get', 'withdrawing'], true]],
      paint: { 'line-color': '#ffffff', 'line-width': 1.4, 'line-dasharray': [2, 2] },
    },
    {
      id: 'protest-spread',
      metadata: CLICKABLE,
      type: 'line',
      source: 'protest',
      filter: isLine,
      paint: {
        'line-color': OUTLINE.protest,
        'line-width': ['case', hovered, 4.5, 3],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'episodes-line',
      metadata: CLICKABLE,
      type: 'line',
      source: 'episodes',
      filter: isLine,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': palette.episode, 'line-width': ['case', hovered, 5, 3.2] },
    },
    ...FILE_IDS.filter((f) => f !== 'labels').map(
      (file): LayerSpecification => ({
        id: `${file}-selected`,
        type: 'line',
        source: file,
        filter: ['all', ['!', isPoint], selectedFilter(null)],
        paint: { 'line-color': palette.selected, 'line-width': 3.5 },
      }),
    ),
    {
      id: 'csto-troops',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'csto',
      filter: isPoint,
      paint: {
        'circle-radius': troopRadius,
        'circle-color': palette.troops,
        'circle-opacity': 0.78,
        'circle-stroke-color': ['case', hovered, palette.selected, '#ffffff'],
        'circle-stroke-width': ['case', hovered, 3, 1.5],
      },
    },
    {
      id: 'places-points',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': byZoom(['match', ['get', 'kind'], 'capital', 4.5, 3.5]),
        'circle-color': ['match', ['get', 'kind'], 'capital', '#2b2b2b', '#ffffff'],
        'circle-stroke-color': '#2b2b2b',
        'circle-stroke-width': byZoom(['case', hovered, 3, 1.3]),
      },
    },
    {
      id: 'protest-points',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'protest',
      filter: isPoint,
      paint: {
        'circle-radius': 7,
        'circle-color': OUTLINE.protest,
        'circle-stroke-color': ['case', hovered, palette.selected, '#ffffff'],
        'circle-stroke-width': ['case', hovered, 3, 2],
      },
    },
    {
      id: 'almaty-points',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'almaty',
      filter: ['all', isPoint, ['!=', ['get', 'kind'], 'airport']],
      paint: {
        'circle-radius': 7,
        'circle-color': palette.almaty,
        'circle-stroke-color': ['case', hovered, palette.selected, '#ffffff'],
        'circle-stroke-width': ['case', hovered, 3.5, 2],
      },
    },
    {
      // The airport is 9 km from the city centre: it gets its own dot once they stand apart.
      id: 'almaty-airport',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'almaty',
      minzoom: 5.5,
      filter: ['==', ['get', 'kind'], 'airport'],
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', hovered, palette.selected, palette.almaty],
        'circle-stroke-width': ['case', hovered, 3.5, 2.5],
      },
    },
    {
      id: 'episodes-points',
      metadata: CLICKABLE,
      type: 'circle',
      source: 'episodes',
      filter: isPoint,
      paint: {
        'circle-radius': 7,
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', hovered, palette.selected, palette.episode],
        'circle-stroke-width': ['case', hovered, 4, 3],
      },
    },
    ...(['places', 'protest', 'almaty', 'csto', 'episodes'] as const).map(
      (file): LayerSpecification => ({
        id: `${file}-point-selected`,
        type: 'circle',
        source: file,
        filter: ['all', isPoint, selectedFilter(null)],
        paint: {
          'circle-radius': file === 'csto' ? troopRadius : 9,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': palette.selected,
          'circle-stroke-width': 3.5,
        },
      }),
    ),
    countryLabels('labels-countries', lang, ['!', isActor]),
    // A phone's first view has no room for both: there the capitals and their figures come first.
    { ...countryLabels('labels-actors-far', lang, isActor), maxzoom: ACTORS_FIRST_FROM },
    {
      id: 'regions-labels',
      type: 'symbol',
      source: 'labels',
      minzoom: 4.6,
      filter: ['==', ['get', 'kind'], 'region-label'],
      layout: labelLayout(lang, 11),
      paint: { ...labelPaint, 'text-color': palette.region },
    },
    ...(
      [
        // Capitals are named from the first view; other cities once there is room.
        ['places-capital-labels', 'capital'],
        ['places-labels', 'city'],
      ] as const
    ).map(
      ([id, kind]): LayerSpecification => ({
        id,
        type: 'symbol',
        source: 'places',
        filter: kind === 'capital' ? capitalFilter([]) : ['==', ['get', 'kind'], kind],
        layout: {
          ...labelLayout(lang, SMALL_TEXT),
          'text-field': textField(id, lang),
          'text-variable-anchor': [...ALL_AROUND],
          'text-radial-offset': 0.7,
        },
        paint: labelPaint,
      }),
    ),
    {
      // The figure that sets each troop circle's size, beside it.
      id: 'csto-figures',
      type: 'symbol',
      source: 'csto',
      filter: ['==', ['get', 'kind'], 'troops'],
      layout: {
        ...labelLayout(lang, SMALL_TEXT),
        'text-field': textField('csto-figures', lang),
        // One line for the figure with its hedge, in both languages.
        'text-max-width': 20,
        // Under the circle first: the routes leave it upwards and sideways.
        'text-variable-anchor': ['bottom', ...ALL_AROUND.filter((a) => a !== 'bottom')],
        'text-radial-offset': ['+', 0.9, ['/', troopRadius, 12]],
      },
      paint: labelPaint,
    },
    // The intervention's states are named before the figures and capitals, which have more
    // sides to take: placed after them, Kyrgyzstan's name found no room under Bishkek's figure.
    { ...countryLabels('labels-actors', lang, isActor), minzoom: ACTORS_FIRST_FROM },
    ...(['protest', 'almaty', 'episodes'] as const).map(
      (file): LayerSpecification => ({
        id: `${file}-labels`,
        type: 'symbol',
        source: file,
        // The airport sits beside the city: its name waits until the two stand apart.
        filter: ['all', isPoint, ['!=', ['get', 'kind'], 'airport']],
        layout: {
          ...labelLayout(lang, 13),
          // Episodes lie at the edges of the frames that show them: a name under its ring needs
          // half its width of room on either side, not all of it on one.
          'text-variable-anchor':
            file === 'episodes' ? ['top', 'bottom', 'left', 'right'] : ['left', 'right', 'top', 'bottom'],
          // Clear of the point's own guard (an episode's ring reaches 8.5 px, and guard and
          // name each keep 2 px of padding): closer, the name collides with it and is hidden.
          'text-radial-offset': file === 'episodes' ? 1.1 : 0.9,
        },
        paint: { ...labelPaint, 'text-color': palette[file === 'episodes' ? 'episode' : file] },
      }),
    ),
    {
      id: 'almaty-airport-label',
      type: 'symbol',
      source: 'almaty',
      minzoom: 6.5,
      filter: ['==', ['get', 'kind'], 'airport'],
      layout: {
        ...labelLayout(lang, 12),
        // Beside its dot or above it: below, the name ran into Almaty's and was hidden at every zoom.
        'text-variable-anchor': ['left', 'bottom-left', 'top-left', 'bottom', 'top', 'right', 'bottom-right', 'top-right'],
        // Clear of its own dot's guard on the straight sides too.
        'text-radial-offset': 1.2,
      },
      paint: { ...labelPaint, 'text-color': palette.almaty },
    },
    // Symbol layers are placed top first. These invisible squares, on top, are placed before
    // any name, so no name is placed over a point (its own name sits beside it).
    ...(Object.entries(GUARD_SIZE) as [keyof typeof GUARD_SIZE, ExpressionSpecification][]).map(
      ([file, size]): LayerSpecification => ({
        id: `${file}-guard`,
        type: 'symbol',
        source: file,
        // A city not drawn at this zoom does not keep names away.
        ...(file === 'places' ? { minzoom: CITY_DOTS_FROM } : {}),
        filter: file === 'places' ? ['==', ['get', 'kind'], 'city'] : isPoint,
        layout: {
          'icon-image': BLOCKER,
          'icon-size': size,
          'icon-allow-overlap': true,
        },
      }),
    ),
    {
      id: 'places-capital-guard',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'capital'],
      layout: { 'icon-image': BLOCKER, 'icon-size': GUARD_SIZE.places, 'icon-allow-overlap': true },
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
  ];
}

/** Font files are given as absolute URLs: the style resolves them against nothing. */
export interface Fonts {
  latin: string;
  arabic: string;
}

export function buildStyle(lang: Lang, fonts: Fonts): StyleSpecification {
  return {
    version: 8,
    'font-faces': {
      [FONT]: [
        { url: fonts.latin, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] },
        { url: fonts.arabic, 'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFF'] },
      ],
    },
    sources: Object.fromEntries(
      [...FILE_IDS, CONTROLS].map((id): [string, SourceSpecification] => [
        id,
        { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      ]),
    ),
    layers: layers(lang),
  };
}

type TextField = NonNullable<NonNullable<SymbolLayerSpecification['layout']>['text-field']>;

/** What the name layers write in `lang`, by layer: every symbol layer with text follows the language. */
export const labelFields = (lang: Lang): [string, TextField][] =>
  layers(lang).flatMap((l) => (l.type === 'symbol' && l.layout?.['text-field'] ? [[l.id, l.layout['text-field']]] : []));

/** The style layers that draw names. */
export const LABEL_LAYERS: readonly string[] = labelFields('en').map(([id]) => id);

/**
 * Which style layers the reader can click (those marked CLICKABLE), most specific first: the
 * topmost drawn first, so a dot wins over the line under it and a city over its region.
 */
export const INTERACTIVE: readonly string[] = layers('en')
  .filter((l) => l.metadata === CLICKABLE)
  .map((l) => l.id)
  .reverse();
