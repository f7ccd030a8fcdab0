/** The pieces of MapLibre style every kind and the base map build their layers from. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../domain/lang';
import { palette } from '../palette';

export const FONT = 'Noto Sans';

/** Marks a style layer the reader can click. */
export const CLICKABLE = { clickable: true };

/** A transparent square: drawn under a point's label, it keeps other labels off the point. */
export const BLOCKER = 'blocker';
export const BLOCKER_SIZE = 8;

/** The blocker's scale that covers a point of this radius. */
export const cover = (radius: ExpressionSpecification | number): ExpressionSpecification => ['/', ['*', 2, radius], BLOCKER_SIZE];

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const isPolygonal: ExpressionSpecification = [
  'any',
  ['==', ['geometry-type'], 'Polygon'],
  ['==', ['geometry-type'], 'MultiPolygon'],
];
export const isLine: ExpressionSpecification = [
  'any',
  ['==', ['geometry-type'], 'LineString'],
  ['==', ['geometry-type'], 'MultiLineString'],
];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * The source that holds only what is selected, each feature marked with the file it came from:
 * a new selection lays out this small source again, not every file.
 */
export const SELECTION = 'selection';
export const FROM_FILE = 'selection_file';
/** The selected features that came from this file. */
export const fromFile = (file: string): ExpressionSpecification => ['==', ['get', FROM_FILE], file];

export const labelField = (lang: Lang): ExpressionSpecification => [
  'coalesce',
  ['get', `name_${lang}`],
  ['get', 'name_en'],
];

/** A point's name: 12 px, a little smaller on the phone's first view, where the capitals crowd. */
export const SMALL_TEXT: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 10.5, 3, 12];
/** Every side of a point a name may take, straight sides first. */
export const ALL_AROUND = ['top', 'left', 'right', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

export const labelPaint = {
  'text-color': palette.label,
  'text-halo-color': palette.halo,
  'text-halo-width': 1.6,
};
export const labelLayout = (lang: Lang, size: ExpressionSpecification | number) => ({
  'text-field': labelField(lang),
  'text-font': [FONT],
  'text-size': size,
  'text-max-width': 8,
});

/** Width or opacity that grows while the pointer is over the feature. */
export const onHover = (over: number, rest: number): ExpressionSpecification => ['case', hovered, over, rest];

/** A ring round a selected point of this file, over every point. */
export const pointSelected = (id: string, file: string, radius: ExpressionSpecification | number): LayerSpecification => ({
  id: `${id}-point-selected`,
  type: 'circle',
  source: SELECTION,
  filter: ['all', isPoint, fromFile(file)],
  paint: {
    'circle-radius': radius,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': palette.selected,
    'circle-stroke-width': 3.5,
  },
});

/** Invisible squares over a file's points, placed before any name, so that no name covers a point. */
export const pointGuard = (id: string, file: string, size: ExpressionSpecification): LayerSpecification => ({
  id: `${id}-guard`,
  type: 'symbol',
  source: file,
  filter: isPoint,
  layout: { 'icon-image': BLOCKER, 'icon-size': size, 'icon-allow-overlap': true },
});
