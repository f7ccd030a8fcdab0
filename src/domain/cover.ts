import type { Rect } from './bounds';

/** A square on screen, by its centre and side, in CSS pixels. */
export interface Square {
  x: number;
  y: number;
  size: number;
}

/**
 * Squares that together cover each rectangle, with `pad` pixels around it: a row of squares
 * as tall as the padded rectangle, the last one flush with its end (one centred square for a
 * rectangle narrower than it is tall).
 */
export function coverRects(rects: readonly Rect[], pad: number): Square[] {
  return rects.flatMap((r) => {
    const left = r.left - pad;
    const right = r.right + pad;
    const size = r.bottom - r.top + 2 * pad;
    if (size <= 0 || right <= left) return [];
    const y = (r.top + r.bottom) / 2;
    if (right - left <= size) return [{ x: (left + right) / 2, y, size }];
    const count = Math.ceil((right - left) / size);
    return Array.from({ length: count }, (_, i) => ({
      x: Math.min(left + size / 2 + i * size, right - size / 2),
      y,
      size,
    }));
  });
}
