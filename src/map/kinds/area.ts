import type { ExpressionSpecification } from 'maplibre-gl';
import type { ParseKeys } from 'i18next';
import { palette, type Colour } from '../palette';
import { CLICKABLE, isPolygonal, onHover } from './expressions';
import { byRules, type Kind } from './kind';

export interface AreaStyle {
  /**
   * The value of the part's `by` property this style is for; the last style takes every other value.
   * When every style names one, they are the values the property may have, and every area must have it.
   */
  value?: string;
  fill: Colour;
  /** The outline's colour, where the fill alone is faint (by default the fill's). */
  outline?: Colour;
  legend?: ParseKeys;
  /** What a panel says of an area drawn in this style: its part in the story. */
  role?: ParseKeys;
}

/** Areas picked out by a fill (one colour, or one per value of a property), clickable, with an outline. */
export interface AreaPart {
  kind: 'area';
  /** Whole countries: drawn under the base map's hatched areas (which they leave out), outlined over its borders. */
  countries?: boolean;
  /** The property whose value picks an area's style. */
  by?: string;
  styles: readonly AreaStyle[];
  opacity: number;
  hoverOpacity: number;
  /** The outline's width at rest and under the pointer; none without. */
  outline?: readonly [number, number];
  /** The legend's words for the base map's hatched areas that these areas leave out. */
  hatched?: ParseKeys;
  /** For whole countries: what a panel says of a country these areas do not draw. */
  others?: ParseKeys;
}

/** A colour per style: one colour, or a match on `by` whose last style is the fallback. */
function colour(part: AreaPart, key: (s: AreaStyle) => Colour): ExpressionSpecification | string {
  const styles = part.styles;
  const last = styles[styles.length - 1]!;
  if (!part.by || styles.length === 1) return key(last);
  const cases = styles.slice(0, -1).flatMap((s) => [s.value ?? '', key(s)]);
  // A spread of cases is more than the specification's tuple type can follow.
  return ['match', ['get', part.by], ...cases, key(last)] as unknown as ExpressionSpecification;
}

export const area: Kind<AreaPart> = {
  layers(part, { id, file }) {
    const outline = part.outline;
    return [
      {
        slot: part.countries ? 'countries' : 'areas',
        layer: {
          id: `${id}-fill`,
          metadata: CLICKABLE,
          type: 'fill',
          source: file,
          filter: isPolygonal,
          paint: { 'fill-color': colour(part, (s) => s.fill), 'fill-opacity': onHover(part.hoverOpacity, part.opacity) },
        },
      },
      ...(outline
        ? [
            {
              slot: part.countries ? ('country-outlines' as const) : ('outlines' as const),
              layer: {
                id: `${id}-line`,
                type: 'line' as const,
                source: file,
                filter: isPolygonal,
                paint: { 'line-color': colour(part, (s) => s.outline ?? s.fill), 'line-width': onHover(outline[1], outline[0]) },
              },
            },
          ]
        : []),
    ];
  },
  props: (part) => byRules(part.by, part.styles, 'area'),
  legend: (part) => [
    ...part.styles.flatMap((s) => (s.legend ? [{ label: s.legend, symbol: 'fill' as const, colour: s.fill }] : [])),
    ...(part.hatched ? [{ label: part.hatched, symbol: 'hatch' as const, colour: palette.disputed }] : []),
  ],
};
