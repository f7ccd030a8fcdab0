/**
 * Validation of the map's layer files (geodata/*.geojson): RFC 7946 structure,
 * the geometry types each layer expects, the properties of `BaseProps`, and the
 * links from features to excerpts and sources. Pure: no Node APIs, no DOM.
 */
import { z } from 'zod';
import type { BaseProps, LayerCollection } from './features';
import { ringSignedArea } from './geometry';

/** One problem found in a file, for a person to read. */
export interface Problem {
  file: string;
  /** The feature's id, or its index like "#3" when it has no usable id; "(file)" for the file itself. */
  feature: string;
  problem: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.feature}: ${p.problem}`;

export type GeometryType =
  | 'Point'
  | 'MultiPoint'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon';

/** What one layer file may hold. */
export interface LayerExpectation {
  geometry: readonly GeometryType[];
  /** Properties every feature of the file must have, beyond id, name_en and name_ar. */
  required?: readonly (keyof BaseProps)[];
  /** Allowed values of `kind`, when the file restricts them. */
  kinds?: readonly string[];
  /** Whether name_en and name_ar may be empty strings (unnamed rivers and lakes). */
  emptyNames?: boolean;
}

const AREA: GeometryType[] = ['Polygon', 'MultiPolygon'];
const LINE: GeometryType[] = ['LineString', 'MultiLineString'];

/** The layer files and what each expects, by file name without `.geojson`. */
export const LAYER_FILES: Readonly<Record<string, LayerExpectation>> = {
  countries: { geometry: AREA, kinds: ['country', 'disputed'] },
  labels: { geometry: ['Point'], required: ['rank'] },
  water: { geometry: [...AREA, ...LINE], required: ['kind'], kinds: ['lake', 'river'], emptyNames: true },
  regions: { geometry: AREA, kinds: ['region'] },
  places: { geometry: ['Point'], required: ['kind'], kinds: ['capital', 'city'] },
  protest: { geometry: [...AREA, 'Point', ...LINE] },
  almaty: { geometry: [...AREA, 'Point'] },
  csto: { geometry: [...AREA, 'Point', ...LINE] },
  episodes: { geometry: ['Point', ...LINE], required: ['kind', 'excerpts'], kinds: ['episode'] },
};

/**
 * The expectation for a file name: the part of its base name before the first
 * dot names the layer (`countries.geojson`, `places.duplicate-id.geojson`).
 */
export function expectationFor(fileName: string): { layer: string; expect: LayerExpectation } | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const layer = base.split('.')[0] ?? '';
  const expect = Object.prototype.hasOwnProperty.call(LAYER_FILES, layer) ? LAYER_FILES[layer] : undefined;
  return expect ? { layer, expect } : null;
}

export interface ValidationContext {
  excerptIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** What the file must hold; by default the expectation its file name names. */
  expect?: LayerExpectation;
}

export interface ValidationResult {
  problems: Problem[];
  /** The collection, when there is no problem. */
  data: LayerCollection | null;
}

/** More positions than this in one feature is a mistake (or an attack), not a map. */
export const MAX_POSITIONS_PER_FEATURE = 200_000;
/** At most this many problems are listed per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

// ---------------------------------------------------------------- properties

const FigureSchema = z.strictObject({
  kind: z.enum(['troops', 'troops-others-total']),
  value: z.number().positive(),
  qualifier: z.enum(['more-than', 'about', 'at-most', 'reportedly', 'exact']),
  // Checked by hand below so that a missing source reads plainly.
  source: z.string().optional(),
  paragraph: z.number().int().positive().optional(),
});

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const PropsSchema = z.strictObject({
  id: z.string().min(1),
  name_en: z.string(),
  name_ar: z.string(),
  ref: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  excerpts: z.array(z.string().min(1)).optional(),
  figures: z.array(FigureSchema).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date like 2022-01-05')
    .refine(isRealDate, 'is not a real calendar date')
    .optional(),
  date_source: z.string().min(1).optional(),
  role: z.enum(['host', 'contributor']).optional(),
  troops: z.number().positive().optional(),
  length_km: z.number().nonnegative().optional(),
  rank: z.number().int().positive().optional(),
});

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  // Parsed JSON: what is left is a number or a boolean.
  return `${typeof v} ${v as number | boolean}`;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out;
}

function propertyProblems(raw: unknown): string[] {
  const result = PropsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return [];
  const out: string[] = [];
  for (const issue of result.error.issues) {
    const where = `property "${pathText(issue.path)}"`;
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const prefix = issue.path.length ? `${pathText(issue.path)}.` : '';
          out.push(`unknown property "${prefix}${key}"`);
        }
        break;
      case 'invalid_type':
        out.push(
          input === undefined
            ? `${where} is missing`
            : `${where} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describeValue(input)}`,
        );
        break;
      case 'too_small':
        out.push(issue.origin === 'string' ? `${where} is empty` : `${where} is too small (${describeValue(input)})`);
        break;
      case 'invalid_value':
        out.push(
          `${where} is ${describeValue(input)}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        );
        break;
      default:
        out.push(`${where} ${issue.message}${input !== undefined ? ` (${describeValue(input)})` : ''}`);
    }
  }
  return out;
}

function linkProblems(
  p: Record<string, unknown>,
  ctx: ValidationContext,
  expect: LayerExpectation,
): string[] {
  const out: string[] = [];
  for (const key of expect.required ?? []) {
    if (p[key] === undefined) out.push(`property "${key}" is missing (this layer needs it)`);
  }
  if (!expect.emptyNames) {
    for (const key of ['name_en', 'name_ar'] as const) {
      if (p[key] === '') out.push(`property "${key}" is empty`);
    }
  }
  if (expect.kinds && typeof p.kind === 'string' && !expect.kinds.includes(p.kind)) {
    out.push(`kind "${p.kind}" is not one of ${expect.kinds.map((k) => `"${k}"`).join(', ')}`);
  }
  if (Array.isArray(p.excerpts)) {
    const seen = new Set<string>();
    for (const e of p.excerpts) {
      if (typeof e !== 'string' || e === '') continue;
      if (!ctx.excerptIds.has(e)) out.push(`excerpt "${e}" does not exist in the excerpts`);
      if (seen.has(e)) out.push(`excerpt "${e}" is listed twice`);
      seen.add(e);
    }
  }
  if (Array.isArray(p.figures)) {
    p.figures.forEach((f: unknown, i) => {
      if (typeof f !== 'object' || f === null) return;
      const fig = f as Record<string, unknown>;
      const what = `figure ${i + 1}${typeof fig.kind === 'string' ? ` (${fig.kind} ${String(fig.value)})` : ''}`;
      if (fig.source === undefined || fig.source === '') out.push(`${what} has no source`);
      else if (typeof fig.source === 'string') {
        if (!ctx.sourceIds.has(fig.source)) out.push(`${what} cites unknown source "${fig.source}"`);
        if (fig.source === 'article' && fig.paragraph === undefined) {
          out.push(`${what} cites the article but gives no paragraph`);
        }
      }
    });
  }
  if (typeof p.date === 'string' && p.date_source === undefined) {
    out.push(`has a date (${p.date}) but no date_source`);
  }
  if (p.date_source !== undefined && p.date === undefined) out.push('has a date_source but no date');
  if (typeof p.date_source === 'string' && p.date_source !== '' && !ctx.sourceIds.has(p.date_source)) {
    out.push(`date_source "${p.date_source}" is not a known source`);
  }
  return out;
}

// ---------------------------------------------------------------- geometry

const DEPTH: Record<GeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/**
 * Number of positions (arrays at `depth`), counting no further than `limit + 1`
 * and visiting no more than a bounded number of nodes.
 */
function countPositions(coordinates: unknown, depth: number, limit: number): number {
  let count = 0;
  const stack: [unknown, number][] = [[coordinates, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (!Array.isArray(node)) continue;
    if (d === depth) {
      count++;
      if (count > limit) return count;
      continue;
    }
    for (let i = node.length - 1; i >= 0; i--) {
      if (Array.isArray(node[i])) stack.push([node[i], d + 1]);
    }
  }
  return count;
}

/** What is wrong with one position, or null. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p)) return `is ${describeValue(p)}, not a [longitude, latitude] pair`;
  if (p.some((v) => Array.isArray(v))) return 'is nested too deeply (a list where a number belongs)';
  if (p.length !== 2 && p.length !== 3) return `has ${p.length} values (expected 2 or 3 numbers)`;
  const [lon, lat] = p as unknown[];
  for (const [name, v] of [
    ['longitude', lon],
    ['latitude', lat],
    ['altitude', p[2]],
  ] as const) {
    if (name === 'altitude' && p.length === 2) continue;
    if (typeof v !== 'number') return `${name} is ${describeValue(v)}, not a number`;
    if (!Number.isFinite(v)) return `${name} is not a finite number`;
  }
  if ((lon as number) < -180 || (lon as number) > 180) return `longitude ${String(lon)} is outside −180..180`;
  if ((lat as number) < -90 || (lat as number) > 90) return `latitude ${String(lat)} is outside −90..90`;
  return null;
}

/** First problem among a list of positions, with a count of the others. */
function positionsProblem(list: unknown[], where: string): string | null {
  let first: string | null = null;
  let more = 0;
  for (const [i, p] of list.entries()) {
    const problem = positionProblem(p);
    if (!problem) continue;
    if (first === null) first = `${where}, position ${i + 1}: ${problem}`;
    else more++;
  }
  if (first === null) return null;
  return more ? `${first} (and ${more} more bad position${more === 1 ? '' : 's'})` : first;
}

function lineProblems(line: unknown, where: string): string[] {
  if (!Array.isArray(line)) return [`${where} is ${describeValue(line)}, not a list of positions`];
  const bad = positionsProblem(line, where);
  if (bad) return [bad];
  if (line.length < 2) return [`${where} has ${line.length} position${line.length === 1 ? '' : 's'} (a line needs at least 2)`];
  return [];
}

function ringProblems(ring: unknown, where: string, exterior: boolean): string[] {
  if (!Array.isArray(ring)) return [`${where} is ${describeValue(ring)}, not a list of positions`];
  const bad = positionsProblem(ring, where);
  if (bad) return [bad];
  const r = ring as number[][];
  if (r.length < 4) return [`${where} has ${r.length} positions (a ring needs at least 4)`];
  const a = r[0]!;
  const b = r[r.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) {
    return [`${where} is not closed (its last position differs from its first)`];
  }
  const area = ringSignedArea(r);
  if (area === 0) return [`${where} has no area`];
  if (exterior && area < 0) return [`${where} runs clockwise; RFC 7946 wants exterior rings counter-clockwise`];
  if (!exterior && area > 0) return [`${where} runs counter-clockwise; RFC 7946 wants holes clockwise`];
  return [];
}

function polygonProblems(rings: unknown, where: string): string[] {
  if (!Array.isArray(rings)) return [`${where} is ${describeValue(rings)}, not a list of rings`];
  if (rings.length === 0) return [`${where} has no rings`];
  return rings.flatMap((ring, i) =>
    ringProblems(ring, i === 0 ? `${where}exterior ring` : `${where}hole ${i}`, i === 0),
  );
}

function geometryProblems(geometry: unknown, expect: LayerExpectation): string[] {
  if (geometry === null || geometry === undefined) return ['has no geometry'];
  if (typeof geometry !== 'object' || Array.isArray(geometry)) return ['geometry is not an object'];
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'GeometryCollection') return ['geometry is a GeometryCollection, which layer files do not use'];
  if (typeof g.type !== 'string' || !(g.type in DEPTH)) {
    return [`geometry type ${describeValue(g.type)} is not a GeoJSON geometry type`];
  }
  const type = g.type as GeometryType;
  const problems: string[] = [];
  if (!expect.geometry.includes(type)) {
    problems.push(`geometry type ${type} is not allowed in this layer (expected ${expect.geometry.join(' or ')})`);
  }
  const c = g.coordinates;
  if (!Array.isArray(c)) return [...problems, `geometry has no coordinates list (got ${describeValue(c)})`];
  const count = countPositions(c, DEPTH[type], MAX_POSITIONS_PER_FEATURE);
  if (count > MAX_POSITIONS_PER_FEATURE) {
    return [...problems, `geometry has more than ${MAX_POSITIONS_PER_FEATURE} positions; simplify it`];
  }
  switch (type) {
    case 'Point': {
      const p = positionProblem(c);
      if (p) problems.push(`point ${p}`);
      break;
    }
    case 'MultiPoint': {
      const p = positionsProblem(c, 'points');
      if (p) problems.push(p);
      break;
    }
    case 'LineString':
      problems.push(...lineProblems(c, 'line'));
      break;
    case 'MultiLineString':
      if (c.length === 0) problems.push('MultiLineString has no lines');
      c.forEach((line, i) => problems.push(...lineProblems(line, `line ${i + 1}`)));
      break;
    case 'Polygon':
      problems.push(...polygonProblems(c, ''));
      break;
    case 'MultiPolygon':
      if (c.length === 0) problems.push('MultiPolygon has no polygons');
      c.forEach((poly, i) => problems.push(...polygonProblems(poly, `polygon ${i + 1}, `)));
      break;
  }
  return problems;
}

// ---------------------------------------------------------------- files

/** Parse a layer file's text; a problem message instead of a value when it cannot be read. */
export function parseLayerText(text: string): { value: unknown } | { problem: string } {
  if (text.charCodeAt(0) === 0xfeff) {
    return { problem: 'file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one' };
  }
  if (text.trim() === '') return { problem: 'file is empty' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    if (e instanceof RangeError) return { problem: 'is not readable JSON: nested too deeply' };
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { problem: `is not valid JSON (${message})` };
  }
}

/**
 * Every problem in one layer file (an empty list when the file is good) and,
 * when there is none, the file's collection.
 */
export function validateLayerFile(fileName: string, text: string, ctx: ValidationContext): ValidationResult {
  const problems: Problem[] = [];
  const value = collectProblems(fileName, text, ctx, problems);
  return { problems, data: problems.length === 0 ? (value as LayerCollection) : null };
}

/** Pushes the file's problems; returns the parsed value (or undefined when it does not parse). */
function collectProblems(fileName: string, text: string, ctx: ValidationContext, problems: Problem[]): unknown {
  const fileProblem = (problem: string) => problems.push({ file: fileName, feature: '(file)', problem });

  const expect = ctx.expect ?? expectationFor(fileName)?.expect;
  if (!expect) {
    fileProblem(`is not a layer file (its name should start with one of: ${Object.keys(LAYER_FILES).join(', ')})`);
    return undefined;
  }
  const parsed = parseLayerText(text);
  if ('problem' in parsed) {
    fileProblem(parsed.problem);
    return undefined;
  }
  const top = parsed.value;
  if (typeof top !== 'object' || top === null || Array.isArray(top)) {
    fileProblem(`is not a GeoJSON FeatureCollection (it is ${describeValue(top)})`);
    return top;
  }
  const fc = top as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection') {
    fileProblem(`is not a GeoJSON FeatureCollection (type is ${describeValue(fc.type)})`);
    return top;
  }
  if (!Array.isArray(fc.features)) {
    fileProblem('has no "features" list');
    return top;
  }

  const firstIndexById = new Map<string, number>();
  const refs: { label: string; ref: string }[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const index = `#${i}`;
    if (typeof f !== 'object' || f === null || Array.isArray(f) || (f as { type?: unknown }).type !== 'Feature') {
      problems.push({ file: fileName, feature: index, problem: 'is not a GeoJSON Feature' });
      return;
    }
    const feature = f as { properties?: unknown; geometry?: unknown };
    const p = feature.properties;
    const hasProps = typeof p === 'object' && p !== null && !Array.isArray(p);
    const id = hasProps ? (p as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' && id !== '' ? id : index;
    const add = (problem: string) => problems.push({ file: fileName, feature: label, problem });

    if (!hasProps) add('has no properties object');
    else {
      propertyProblems(p).forEach(add);
      linkProblems(p as Record<string, unknown>, ctx, expect).forEach(add);
      if (typeof id === 'string' && id !== '') {
        const first = firstIndexById.get(id);
        if (first !== undefined) add(`id "${id}" is already used by feature #${first}`);
        else firstIndexById.set(id, i);
      }
      const ref = (p as { ref?: unknown }).ref;
      if (typeof ref === 'string' && ref !== '') refs.push({ label, ref });
    }
    geometryProblems(feature.geometry, expect).forEach(add);
  });
  for (const { label, ref } of refs) {
    if (!firstIndexById.has(ref)) {
      problems.push({ file: fileName, feature: label, problem: `ref "${ref}" matches no feature in this file` });
    }
  }
  if (problems.length > MAX_PROBLEMS_PER_FILE) {
    const more = problems.length - MAX_PROBLEMS_PER_FILE;
    problems.length = MAX_PROBLEMS_PER_FILE;
    fileProblem(`and ${more} more problems not listed`);
  }
  return top;
}

/** Count of features in a file that validated (0 when it does not parse). */
export function featureCount(text: string): number {
  const parsed = parseLayerText(text);
  if ('problem' in parsed) return 0;
  const v = parsed.value as { features?: unknown };
  return Array.isArray(v?.features) ? v.features.length : 0;
}
