/**
 * Which feature a click or tap opens. The map gathers what is drawn near the pointer;
 * this decides, so the rule is the same for mouse and touch and can be tested without a map.
 */

export type PickKind = 'symbol' | 'line' | 'area';

export interface Candidate {
  /** The selection id the feature opens. */
  id: string;
  kind: PickKind;
  /** Screen pixels from the pointer to the drawn shape's edge; 0 when the pointer is on it. */
  distance: number;
  /** A symbol's drawn radius, an area's stacking (lower drawn above); unused for lines. */
  size: number;
}

export interface Reach {
  /** How far beyond a symbol's edge still counts as on it. */
  symbol: number;
  /** How far beyond a line's edge still counts as on it. */
  line: number;
  /** Two shapes nearer each other than this, as seen from the pointer, are both under it. */
  tie: number;
}

/** A mouse points at a pixel; a finger covers several, so a tap reaches further. */
export const REACH = {
  mouse: { symbol: 3, line: 3, tie: 0 },
  touch: { symbol: 10, line: 6, tie: 4 },
} as const satisfies Record<string, Reach>;

/** The largest reach: the box the map must search around the pointer. */
export const SEARCH_RADIUS = Math.max(...Object.values(REACH).flatMap((r) => [r.symbol, r.line]));

const ORDER: readonly PickKind[] = ['symbol', 'line', 'area'];

/**
 * What a pointer at these candidates opens: one id, several for the reader to choose from
 * (two distinct things truly under the pointer), or none. A symbol wins when the pointer is
 * on or right beside it, then a line under the pointer, then the area the pointer is in (the
 * one drawn on top, which is the more specific). A small symbol on a much larger one (a
 * capital's dot on a troop circle) wins over it, as the eye sees it on top.
 */
export function pick(candidates: readonly Candidate[], reach: Reach): string[] {
  const within = (c: Candidate) =>
    c.kind === 'area' ? c.distance === 0 : c.distance <= (c.kind === 'symbol' ? reach.symbol : reach.line);
  const hits = candidates.filter(within);
  for (const kind of ORDER) {
    const ofKind = hits.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    if (kind === 'area') return [ofKind.reduce((a, b) => (b.size < a.size ? b : a)).id];
    const nearest = Math.min(...ofKind.map((c) => c.distance));
    const under = ofKind.filter((c) => c.distance <= nearest + reach.tie);
    if (kind === 'symbol') under.sort((a, b) => a.size - b.size);
    const [first, second] = under;
    // A dot well inside a larger circle is what the eye sees there.
    if (kind === 'symbol' && first && second && first.distance === 0 && first.size * 2 <= second.size) return [first.id];
    return [...new Set(under.map((c) => c.id))];
  }
  return [];
}

type Pixel = readonly [number, number];

/** Pixels from `p` to the nearest point of a polyline drawn through `line`. */
export function distanceToLine(p: Pixel, line: readonly Pixel[]): number {
  // A one-point line is a segment of length zero.
  const ends = line.length === 1 ? [...line, ...line] : line;
  let best = Infinity;
  for (let i = 1; i < ends.length; i++) {
    const [ax, ay] = ends[i - 1] as Pixel;
    const [bx, by] = ends[i] as Pixel;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2));
    best = Math.min(best, Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy)));
  }
  return best;
}
