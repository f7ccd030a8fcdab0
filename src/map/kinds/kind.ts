import type { LayerSpecification } from 'maplibre-gl';
import type { LegendEntry } from '../../domain/story';
import type { Lang } from '../../domain/lang';
import type { PropRule, Shape } from '../../domain/validateProps';

/**
 * The bands of the map, bottom to top, that kinds put their style layers in; the base map's
 * layers lie between them (style.ts). Within a band, layers keep the registry's order.
 */
export const SLOTS = [
  /** Whole countries, under the base map's hatched (disputed) areas, which they leave out. */
  'countries',
  'regions',
  'areas',
  'region-lines',
  'country-outlines',
  'outlines',
  /** Flows under the lines: routes, then what is drawn over a route. */
  'flows',
  'lines',
  /** Proportional symbols: under the base map's capitals, which stand on them. */
  'symbols',
  'points',
  'point-selected',
  /** Names are placed top first: a later band's names give way to an earlier band's. */
  'region-labels',
  'symbol-labels',
  'point-labels',
  'late-labels',
  'guards',
  'symbol-guards',
] as const;
export type Slot = (typeof SLOTS)[number];

export interface Placed {
  slot: Slot;
  layer: LayerSpecification;
}

/** The layer a part belongs to: its style layers' ids start with the layer's id, and draw its file. */
export interface Target {
  id: string;
  file: string;
}

/**
 * One kind of the engine's vocabulary: what a layer's part of this kind draws, how its legend
 * shows it, and what it reads of its file's features beyond the base properties (the validator checks them).
 */
export interface Kind<P> {
  layers(part: P, at: Target, lang: Lang): Placed[];
  legend(part: P): LegendEntry[];
  props(part: P): PropRule[];
}

/**
 * What a part that picks its features' styles by a property reads: a text, and when every style
 * names its value, one of those values, which every feature of the shape it draws must have.
 */
export function byRules(by: string | undefined, styles: readonly { value?: string }[], shape: Shape): PropRule[] {
  if (!by || styles.length < 2) return [];
  const values = styles.map((s) => s.value);
  return values.every((v) => v !== undefined)
    ? [{ key: by, value: { type: 'text', values }, requiredOn: [shape] }]
    : [{ key: by, value: { type: 'text' } }];
}
