import { palette } from './palette';
import { type LegendEntry } from '../domain/story';

/** One stroke or fill of a swatch, in the swatch's own pixels (SWATCH wide and high). */
export type Mark =
  | { shape: 'rect'; x: number; y: number; w: number; h: number; fill?: string; opacity?: number; stroke?: string; width?: number; hatch?: string }
  | { shape: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: readonly number[] }
  | { shape: 'circle'; cx: number; cy: number; r: number; fill: string; opacity?: number; stroke?: string; width?: number };

export const SWATCH = { w: 28, h: 18 } as const;

/** Spacing of the hatch's diagonal lines, in swatch pixels. */
export const HATCH_GAP = 6;

const box = { shape: 'rect', x: 2, y: 2, w: 24, h: 14 } as const;
const across = { shape: 'line', x1: 2, y1: 9, x2: 26, y2: 9 } as const;

/**
 * The one drawing of each legend symbol, read by both the page's SVG legend and the saved
 * image's canvas, so the two cannot drift apart.
 */
export function swatchMarks({ symbol, colour: color }: Pick<LegendEntry, 'symbol' | 'colour'>): Mark[] {
  switch (symbol) {
    case 'fill':
      return [{ ...box, fill: color, opacity: 0.55, stroke: color, width: 1.5 }];
    case 'line':
      return [{ ...across, stroke: color, width: 3 }];
    case 'dashed':
      return [{ ...across, stroke: color, width: 3, dash: [5, 3] }];
    case 'withdrawing':
      return [
        { ...across, stroke: color, width: 3.5 },
        { ...across, stroke: palette.halo, width: 1.6, dash: [4, 3] },
      ];
    case 'circle':
      return [{ shape: 'circle', cx: 14, cy: 9, r: 6, fill: color, stroke: palette.halo, width: 1.5 }];
    case 'ring':
      return [{ shape: 'circle', cx: 14, cy: 9, r: 5.5, fill: palette.halo, stroke: color, width: 2.5 }];
    case 'place':
      return [{ shape: 'circle', cx: 14, cy: 9, r: 4.5, fill: color, stroke: palette.label, width: 1.3 }];
    case 'hatch':
      return [{ ...box, hatch: color, stroke: palette.border, width: 1 }];
    case 'circles':
      return [
        { shape: 'circle', cx: 7, cy: 12, r: 4, fill: color, opacity: 0.78 },
        { shape: 'circle', cx: 19, cy: 9, r: 7.5, fill: color, opacity: 0.78 },
      ];
  }
}
