import type { ParseKeys } from 'i18next';
import type { Colour } from '../palette';
import { CLICKABLE, labelLayout, labelPaint, onHover } from './expressions';
import type { Kind } from './kind';

/** A country's regions: dashed outlines, clickable inside, named once the map is close enough. */
export interface RegionsPart {
  kind: 'regions';
  paint: Colour;
  /** How much a region fills under the pointer (at rest it is clear). */
  hoverOpacity: number;
  /** Their names: the points of `kind` in another file (one label point per region), from this zoom. */
  names: { file: string; kind: string; minzoom: number };
  legend?: ParseKeys;
}

export const regions: Kind<RegionsPart> = {
  layers: (part, { id, file }, lang) => {
    const colour = part.paint;
    return [
      {
        slot: 'regions',
        layer: {
          id: `${id}-fill`,
          metadata: CLICKABLE,
          type: 'fill',
          source: file,
          paint: { 'fill-color': colour, 'fill-opacity': onHover(part.hoverOpacity, 0) },
        },
      },
      {
        slot: 'region-lines',
        layer: {
          id: `${id}-line`,
          type: 'line',
          source: file,
          paint: { 'line-color': colour, 'line-width': 0.8, 'line-dasharray': [3, 2] },
        },
      },
      {
        slot: 'region-labels',
        layer: {
          id: `${id}-labels`,
          type: 'symbol',
          source: part.names.file,
          minzoom: part.names.minzoom,
          filter: ['==', ['get', 'kind'], part.names.kind],
          layout: labelLayout(lang, 11),
          paint: { ...labelPaint, 'text-color': colour },
        },
      },
    ];
  },
  // Every region of its file is drawn alike; its names are the base properties of another file's points.
  props: () => [],
  legend: (part) => (part.legend ? [{ label: part.legend, symbol: 'dashed', colour: part.paint }] : []),
};
