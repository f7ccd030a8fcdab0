/**
 * Which feature a click or tap opens. The map gathers what is drawn near the pointer;
 * this decides, so the rule is the same for mouse and touch and can be tested without a map.
 */

/** A name is the text a name layer draws; a symbol, a circle; a line; an area. */
export type PickKind = 'name' | 'symbol' | 'line' | 'area';

export interface Candidate {
  /** The selection id the feature opens. */
  id: string;
  kind: PickKind;
  /**
   * Screen pixels from the pointer to the drawn shape's edge; 0 when the pointer is on it. A
   * name is 0 when the pointer is on its text, else the reach it was found within.
   */
  distance: number;
  /** A symbol's drawn radius, an area's or a name's stacking (lower drawn above); unused for lines. */
  size: number;
}

export interface Reach {
  /** How far beyond a name's text still counts as on it, where no symbol is within reach. */
  name: number;
  /** How far beyond a symbol's edge still counts as on it. */
  symbol: number;
  /** How far beyond a line's edge still counts as on it. */
  line: number;
  /** Two shapes nearer each other than this, as seen from the pointer, are both under it. */
  tie: number;
}

/** A mouse points at a pixel; a finger covers several, so a tap reaches further. */
export const REACH = {
  mouse: { name: 0, symbol: 3, line: 3, tie: 0 },
  touch: { name: 6, symbol: 10, line: 6, tie: 4 },
} as const satisfies Record<string, Reach>;

/** The largest reach: the box the map must search around the pointer. */
export const SEARCH_RADIUS = Math.max(...Object.values(REACH).flatMap((r) => [r.name, r.symbol, r.line]));

/**
 * What a pointer at these candidates opens: one id, several for the reader to choose from
 * (two distinct things truly under the pointer), or none. A printed name is read as what it
 * names: the pointer on its text opens that, over anything drawn under the text. Then a symbol
 * when the pointer is on or right beside it, then a name a finger's width away (a tap a little
 * off a short name), then a line under the pointer, then the area the pointer is in (the one
 * drawn on top, which is the more specific). A small symbol on a much larger one (a capital's
 * dot on a troop circle) wins over it, as the eye sees it on top.
 */
export function pick(candidates: readonly Candidate[], reach: Reach): string[] {
  const onName = topmost(candidates.filter((c) => c.kind === 'name' && c.distance === 0));
  if (onName) return [onName.id];
  const symbols = candidates.filter((c) => c.kind === 'symbol' && c.distance <= reach.symbol);
  if (symbols.length > 0) return pickSymbols(symbols, reach);
  const nearName = topmost(candidates.filter((c) => c.kind === 'name' && c.distance <= reach.name));
  if (nearName) return [nearName.id];
  const lines = candidates.filter((c) => c.kind === 'line' && c.distance <= reach.line);
  if (lines.length > 0) return [...new Set(nearest(lines, reach).map((c) => c.id))];
  const area = topmost(candidates.filter((c) => c.kind === 'area' && c.distance === 0));
  return area ? [area.id] : [];
}

/** The one drawn on top: the lowest stacking. */
const topmost = (list: readonly Candidate[]): Candidate | undefined =>
  list.reduce<Candidate | undefined>((a, b) => (a === undefined || b.size < a.size ? b : a), undefined);

/** Those as near the pointer as the nearest, give or take the tie. */
function nearest(list: readonly Candidate[], reach: Reach): Candidate[] {
  const least = Math.min(...list.map((c) => c.distance));
  return list.filter((c) => c.distance <= least + reach.tie);
}

function pickSymbols(symbols: readonly Candidate[], reach: Reach): string[] {
  const under = nearest(symbols, reach).sort((a, b) => a.size - b.size);
  const [first, second] = under;
  // A dot well inside a larger circle is what the eye sees there.
  if (first && second && first.distance === 0 && first.size * 2 <= second.size) return [first.id];
  return [...new Set(under.map((c) => c.id))];
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
