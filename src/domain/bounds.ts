import bbox from '@turf/bbox';
import type { Feature } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** The box around some features, or null when there are none. */
export function featureBounds(features: readonly Feature[]): Bounds | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...features] });
  return [
    [w, s],
    [e, n],
  ];
}

/** A box on screen, in CSS pixels (a DOMRect will do). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Camera padding that keeps what the camera frames out from under the panels and controls lying
 * over the map. Each is padded away on the side that costs the smaller share of the map (the
 * widest pad per side wins); one that would leave less than a third of the map is ignored.
 */
export function paddingClearOf(map: Rect, covers: readonly (Rect | null)[], base: number): Padding {
  const padding: Padding = { top: base, right: base, bottom: base, left: base };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const cover of covers) {
    if (!cover) continue;
    const left = Math.max(map.left, cover.left);
    const right = Math.min(map.right, cover.right);
    const top = Math.max(map.top, cover.top);
    const bottom = Math.min(map.bottom, cover.bottom);
    if (right <= left || bottom <= top) continue;
    const sides: [keyof Padding, number, number][] = [
      ['left', right - map.left, width],
      ['right', map.right - left, width],
      ['top', bottom - map.top, height],
      ['bottom', map.bottom - top, height],
    ];
    const [side, covered, size] = sides.reduce((a, b) => (b[1] / b[2] < a[1] / a[2] ? b : a));
    // Past the cover, two thirds of the base: room for a name centred on a place at the edge.
    const pad = covered + (base * 2) / 3;
    if (size - pad - base < size / 3) continue;
    padding[side] = Math.max(padding[side], pad);
  }
  return padding;
}
