/**
 * A larger story for the bench, made from this one: every point and line of the story's
 * files multiplied (copies spread evenly over the first view), country shapes swapped for
 * finer ones (1:10m), the base map's geography kept. Copies keep the same file ids, kinds,
 * refs, excerpts and figures, so the style draws them and the app's validation takes them.
 * Pure: the finer shapes are handed in.
 */
import type { Geometry, Position } from 'geojson';
import type { LayerCollection, LayerFeature } from '../../src/domain/features';
import type { AreaGeometry, BBox4 } from '../../src/domain/geometry';
import { distanceToLine } from '../../src/domain/pick';
import type { FileId } from '../../src/domain/story';
import { LANGS } from '../../src/domain/lang';

export interface ScaleOptions {
  /** Where the copies go: [west, south, east, north]. */
  area: BBox4;
  /** Copies keep at least `degrees` away from these [lon, lat] positions (the bench clicks there). */
  clear: { at: readonly Position[]; degrees: number };
  /** Files kept as they are: geography a larger story does not multiply (rivers, a label per country). */
  kept: readonly FileId[];
  /** Finer shapes by feature id, drawn in place of the file's own. */
  boundaries: ReadonlyMap<string, AreaGeometry>;
}

/** How many places (sequence points) one copy may try before the area is judged too crowded. */
const ATTEMPTS = 200;

/** The R2 low-discrepancy sequence: the n-th of evenly spread points in the unit square. */
const R2 = [0.7548776662466927, 0.5698402909980532] as const;
const spread = (n: number): [number, number] => [(0.5 + R2[0] * n) % 1, (0.5 + R2[1] * n) % 1];

const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isPoint = (g: Geometry) => g.type === 'Point';
const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';

/** Every position of a point or line geometry. */
function positions(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  if (g.type === 'MultiLineString') return g.coordinates.flat();
  throw new Error(`${g.type} is not multiplied`);
}

/** Its parts as lists of positions (a point is a part of one). */
function parts(g: Geometry): Position[][] {
  return g.type === 'MultiLineString' ? g.coordinates : [positions(g)];
}

function shift(g: Geometry, dx: number, dy: number): Geometry {
  const move = ([x, y]: Position): Position => [round(x! + dx), round(y! + dy)];
  if (g.type === 'Point') return { type: 'Point', coordinates: move(g.coordinates) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(move) };
  if (g.type === 'MultiLineString') return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(move)) };
  throw new Error(`${g.type} is not multiplied`);
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Whether every part of `g` keeps `degrees` away from every position of `at`. */
export function clearOf(g: Geometry, at: readonly Position[], degrees: number): boolean {
  return parts(g).every((part) =>
    at.every((p) => distanceToLine(p as [number, number], part as [number, number][]) >= degrees),
  );
}

/**
 * `factor` times the story's points and lines, with ids unique in their file, and its
 * shapes swapped for `boundaries`' where they have one. Factor 1 changes nothing but the shapes.
 */
export function scaleStory(
  files: Readonly<Record<FileId, LayerCollection>>,
  factor: number,
  options: ScaleOptions,
): Record<FileId, LayerCollection> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor ${factor} is not a whole number ≥ 1`);
  const [west, south, east, north] = options.area;
  const { at, degrees } = options.clear;
  // One sequence for the whole story, so that the files' copies do not stack on each other.
  let n = 0;

  const place = (f: LayerFeature): Geometry => {
    const ps = positions(f.geometry);
    const xs = ps.map((p) => p[0]!);
    const ys = ps.map((p) => p[1]!);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [u, v] = spread(n++);
      // The copy's box centred on the sequence point, pushed back inside the area where it fits.
      const fit = (lo: number, hi: number, min: number, max: number, t: number) => {
        const d = min + t * (max - min) - (lo + hi) / 2;
        return hi - lo > max - min ? d : Math.min(max - hi, Math.max(min - lo, d));
      };
      const moved = shift(f.geometry, fit(x0, x1, west, east, u), fit(y0, y1, south, north, v));
      if (clearOf(moved, at, degrees)) return moved;
    }
    throw new Error(`${f.properties.id}: no room for a copy within ${ATTEMPTS} tries`);
  };

  const copies = (f: LayerFeature): LayerFeature[] =>
    Array.from({ length: factor - 1 }, (_, i) => {
      const k = i + 1;
      const p = f.properties;
      const numbered = (name: unknown) => (typeof name === 'string' && name ? `${name} #${k}` : name);
      return {
        type: 'Feature',
        geometry: place(f),
        properties: {
          ...p,
          id: `${p.id}-s${k}`,
          ...Object.fromEntries(LANGS.map((l) => [`name_${l}`, numbered(p[`name_${l}`])])),
        },
      };
    });

  const out: Record<FileId, LayerCollection> = {};
  for (const [file, fc] of Object.entries(files)) {
    const multiplied = !options.kept.includes(file);
    const features = fc.features.flatMap((f): LayerFeature[] => {
      const finer = isArea(f.geometry) ? options.boundaries.get(f.properties.id) : undefined;
      const own = finer ? { ...f, geometry: finer } : f;
      return multiplied && (isPoint(f.geometry) || isLine(f.geometry)) ? [own, ...copies(f)] : [own];
    });
    const ids = new Set(features.map((f) => f.properties.id));
    if (ids.size !== features.length) throw new Error(`${file}: a copy's id is already taken`);
    out[file] = { type: 'FeatureCollection', features };
  }
  return out;
}
