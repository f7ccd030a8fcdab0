import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { ParseKeys } from 'i18next';
import { palette, type Colour } from '../palette';
import { CLICKABLE, cover, hovered, isPoint, labelLayout, labelPaint, onHover, pointGuard, pointSelected } from './expressions';
import { byRules, type Kind, type Placed } from './kind';

type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface PointStyle {
  /**
   * The value of the part's `by` property this style is for; the first style takes every other point.
   * When every style names one, they are the values the property may have, and every point must have it.
   */
  value?: string;
  /** A dot filled with the colour, or a white ring drawn in it. */
  marker: 'dot' | 'ring';
  paint: Colour;
  radius: number;
  /** The stroke's width at rest and under the pointer. */
  stroke: readonly [number, number];
  /** Drawn from this zoom: a point beside another waits until the two stand apart. */
  minzoom?: number;
  label: {
    size: number;
    /** The sides of the point its name may take, the first tried first. */
    anchors: readonly Anchor[];
    /** Ems between the point and its name: clear of the point's guard. */
    offset: number;
    /** Its colour, by default the marker's. */
    paint?: Colour;
    minzoom?: number;
  };
  legend?: ParseKeys;
}

/** Points of interest: clickable dots or rings, each named beside it in the reader's language. */
export interface PointPart {
  kind: 'point';
  /** The property whose value picks a point's style (by default `kind`); every style but the first names its value. */
  by?: string;
  styles: readonly PointStyle[];
  /** How far from a point's centre other names keep, in pixels. */
  guard: number;
}

function circlePaint(s: PointStyle): CircleLayerSpecification['paint'] {
  const colour = s.paint;
  const ring = s.marker === 'ring';
  return {
    'circle-radius': s.radius,
    'circle-color': ring ? palette.halo : colour,
    'circle-stroke-color': ['case', hovered, palette.selected, ring ? colour : palette.halo],
    'circle-stroke-width': onHover(s.stroke[1], s.stroke[0]),
  };
}

export const point: Kind<PointPart> = {
  layers(part, { id, file }, lang) {
    const [main, ...apart] = part.styles;
    if (!main) return [];
    const by = part.by ?? 'kind';
    // The first style's points are all but the others'.
    const mainFilter: ExpressionSpecification =
      apart.length > 0 ? ['all', isPoint, ...apart.map((s): ExpressionSpecification => ['!=', ['get', by], s.value ?? ''])] : isPoint;
    const drawn = (s: PointStyle, i: number): { circle: string; name: string; filter: ExpressionSpecification } =>
      i === 0
        ? { circle: `${id}-points`, name: `${id}-labels`, filter: mainFilter }
        : { circle: `${id}-${s.value}`, name: `${id}-${s.value}-label`, filter: ['==', ['get', by], s.value ?? ''] };
    const styles = part.styles.map((s, i) => ({ s, ...drawn(s, i), main: i === 0 }));
    return [
      ...styles.map(
        ({ s, circle, filter }): Placed => ({
          slot: 'points',
          layer: {
            id: circle,
            metadata: CLICKABLE,
            type: 'circle',
            source: file,
            ...(s.minzoom !== undefined ? { minzoom: s.minzoom } : {}),
            filter,
            paint: circlePaint(s),
          },
        }),
      ),
      { slot: 'point-selected', layer: pointSelected(id, file, 9) },
      ...styles.map(
        ({ s, name, filter, main }): Placed => ({
          // The names of points that stand apart only when zoomed in give way to every main name.
          slot: main ? 'point-labels' : 'late-labels',
          layer: {
            id: name,
            type: 'symbol',
            source: file,
            ...(s.label.minzoom !== undefined ? { minzoom: s.label.minzoom } : {}),
            filter,
            layout: {
              ...labelLayout(lang, s.label.size),
              'text-variable-anchor': [...s.label.anchors],
              'text-radial-offset': s.label.offset,
            },
            paint: { ...labelPaint, 'text-color': s.label.paint ?? s.paint },
          },
        }),
      ),
      { slot: 'guards', layer: pointGuard(id, file, cover(part.guard)) },
    ];
  },
  props: (part) => byRules(part.by ?? 'kind', part.styles, 'point'),
  legend: (part) =>
    part.styles.flatMap((s) => (s.legend ? [{ label: s.legend, symbol: s.marker === 'ring' ? ('ring' as const) : ('circle' as const), colour: s.paint }] : [])),
};
