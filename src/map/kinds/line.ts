import type { ParseKeys } from 'i18next';
import type { Colour } from '../palette';
import { CLICKABLE, isLine, onHover } from './expressions';
import type { Kind } from './kind';

/** A clickable line: a route, a spread, a stretch of border. */
export interface LinePart {
  kind: 'line';
  /** Its style layer's name after the layer's id (by default `line`). */
  name?: string;
  paint: Colour;
  /** Its width at rest and under the pointer. */
  width: readonly [number, number];
  dash?: readonly [number, number];
  /** Round ends, for a line that ends in the open rather than at a point. */
  round?: boolean;
  legend?: ParseKeys;
}

export const line: Kind<LinePart> = {
  layers: (part, { id, file }) => [
    {
      slot: 'lines',
      layer: {
        id: `${id}-${part.name ?? 'line'}`,
        metadata: CLICKABLE,
        type: 'line',
        source: file,
        filter: isLine,
        ...(part.round ? { layout: { 'line-cap': 'round' } } : {}),
        paint: {
          'line-color': part.paint,
          'line-width': onHover(part.width[1], part.width[0]),
          ...(part.dash ? { 'line-dasharray': [...part.dash] } : {}),
        },
      },
    },
  ],
  // Every line of its file is drawn alike: it reads no property but the base ones.
  props: () => [],
  legend: (part) => (part.legend ? [{ label: part.legend, symbol: part.dash ? 'dashed' : 'line', colour: part.paint }] : []),
};
