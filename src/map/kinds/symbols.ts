import type { ExpressionSpecification } from 'maplibre-gl';
import type { ParseKeys } from 'i18next';
import type { Lang } from '../../domain/lang';
import { palette, type Colour } from '../palette';
import { ALL_AROUND, CLICKABLE, cover, hovered, isLine, isPoint, labelLayout, labelPaint, onHover, pointGuard, pointSelected, SMALL_TEXT } from './expressions';
import type { Kind } from './kind';

/**
 * Proportional symbols with flows: a circle whose area is proportional to a value, named with
 * the place it stands on and its figure (see domain/figureLabel), and lines that carry the value
 * to where it went; a flow marked as ending is drawn with white dashes over it.
 */
export interface SymbolsPart {
  kind: 'symbols';
  /** The property that sets a circle's size: a positive number, on every point. */
  value: string;
  /**
   * The kinds of figure its features may cite in `figures` (each a `figure.<kind>` string) beyond
   * the one named after `value`: a circle stands for the feature its point refers to, whose figures
   * say where its size comes from.
   */
  figures?: readonly string[];
  /** Pixels of a circle's radius per square root of the value: its area is proportional to the value. */
  scale: number;
  paint: Colour;
  /** The table of every figure with its source, offered beside the map: its words, and its CSV's name without `.csv`. */
  table?: { heading: ParseKeys; intro: ParseKeys; name: string };
  legend?: {
    symbols: ParseKeys;
    flows: ParseKeys;
    ending: ParseKeys;
    /** The size key's reference values and its caption. */
    sizes: { values: readonly number[]; label: ParseKeys };
  };
}

/** A circle's radius, for a part's scale and value. */
export const radius = (part: Pick<SymbolsPart, 'scale' | 'value'>): ExpressionSpecification => [
  '*',
  part.scale,
  ['sqrt', ['coalesce', ['get', part.value], 0]],
];

/**
 * Below this zoom (a phone's first view: all six members on 360 px) a figure's hedge is its mark,
 * which the legend explains: in words, Minsk's figure ran past the map's edge in Arabic and Russian.
 */
export const MARKED_BELOW = 2;

/** A circle's label: the place it stands on, and under it the figure that sets its size. */
export const figureField = (lang: Lang, paint: Colour): ExpressionSpecification => {
  const label = (figure: string): ExpressionSpecification => [
    'format',
    ['coalesce', ['get', `capital_${lang}`], ''],
    {},
    '\n',
    {},
    ['coalesce', ['get', figure], ''],
    { 'text-color': paint, 'font-scale': 0.92 },
  ];
  return ['step', ['zoom'], label(`figure_short_${lang}`), MARKED_BELOW, label(`figure_${lang}`)];
};

export const symbols: Kind<SymbolsPart> = {
  layers(part, { id, file }, lang) {
    const r = radius(part);
    const colour = part.paint;
    return [
      {
        slot: 'flows',
        layer: {
          id: `${id}-routes`,
          metadata: CLICKABLE,
          type: 'line',
          source: file,
          filter: isLine,
          layout: { 'line-cap': 'round' },
          paint: { 'line-color': colour, 'line-width': onHover(4, 2.2), 'line-opacity': 0.85 },
        },
      },
      {
        // White dashes over a flow that has begun to end (set only on a timeline date).
        slot: 'flows',
        layer: {
          id: `${id}-withdrawing`,
          type: 'line',
          source: file,
          filter: ['all', isLine, ['==', ['get', 'withdrawing'], true]],
          paint: { 'line-color': '#ffffff', 'line-width': 1.4, 'line-dasharray': [2, 2] },
        },
      },
      {
        slot: 'symbols',
        layer: {
          id: `${id}-circles`,
          metadata: CLICKABLE,
          type: 'circle',
          source: file,
          filter: isPoint,
          paint: {
            'circle-radius': r,
            'circle-color': colour,
            'circle-opacity': 0.78,
            'circle-stroke-color': ['case', hovered, palette.selected, '#ffffff'],
            'circle-stroke-width': onHover(3, 1.5),
          },
        },
      },
      { slot: 'point-selected', layer: pointSelected(id, file, r) },
      {
        // The figure that sets each circle's size, beside it.
        slot: 'symbol-labels',
        layer: {
          id: `${id}-figures`,
          type: 'symbol',
          source: file,
          filter: isPoint,
          layout: {
            ...labelLayout(lang, SMALL_TEXT),
            'text-field': figureField(lang, part.paint),
            // One line for the figure with its hedge, in both languages.
            'text-max-width': 20,
            // Over the circle first (`bottom`: the text's bottom at the circle), then every other side.
            'text-variable-anchor': ['bottom', ...ALL_AROUND.filter((a) => a !== 'bottom')],
            // On the smallest maps at least 1.5 ems off a circle's centre: a name over a small circle
            // then clears the dot of a point beside it (Bishkek's, 10 px from Almaty's on a phone).
            'text-radial-offset': ['interpolate', ['linear'], ['zoom'], 2, ['max', 1.5, ['+', 0.9, ['/', r, 12]]], 3, ['+', 0.9, ['/', r, 12]]],
          },
          paint: labelPaint,
        },
      },
      { slot: 'symbol-guards', layer: pointGuard(id, file, cover(['+', 0.75, r])) },
    ];
  },
  props: (part) => [
    { key: part.value, value: { type: 'positive' }, requiredOn: ['point'] },
    { key: 'figures', value: { type: 'figures', kinds: [part.value, ...(part.figures ?? [])] } },
  ],
  legend: (part) =>
    part.legend
      ? [
          { label: part.legend.symbols, symbol: 'circles', colour: part.paint, sizes: { ...part.legend.sizes, scale: part.scale } },
          { label: part.legend.flows, symbol: 'line', colour: part.paint },
          { label: part.legend.ending, symbol: 'withdrawing', colour: part.paint },
        ]
      : [],
};
