/**
 * Checks of a feature's properties: their shape (a zod schema of the engine's base properties
 * and of those the file's layers read, its issues put in plain words), what the layer requires
 * of them, and their links to excerpts and sources. Pure.
 */
import * as z from 'zod/mini';
import { describeValue } from './describeValue';
import type { LayerExpectation } from './layerFiles';
import { nameKey, QUALIFIERS } from './features';
import { LANGS, type Lang } from './lang';

/** A feature's geometry as the kinds draw it: points, lines or areas. */
export type Shape = 'point' | 'line' | 'area';

/** What a property holds: a text (one of `values`, when given), a positive number, or a list of sourced figures. */
export type PropValue =
  | { type: 'text'; values?: readonly string[] }
  | { type: 'positive' }
  | { type: 'figures'; kinds: readonly string[] };

/**
 * A property that a layer's part reads from its file's features (each kind's `props`): its value
 * is checked on every feature of the file that has it.
 */
export interface PropRule {
  key: string;
  value: PropValue;
  /** The features that must have it, by their geometry (by default none need it). */
  requiredOn?: readonly Shape[];
}

/** The excerpts and sources that features may cite, and the languages they are named in. */
export interface KnownIds {
  excerptIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** The languages every feature names itself in (src/domain/names.ts: `fileLangs`); all of them by default. */
  names?: readonly Lang[];
}

const text = () => z.string().check(z.minLength(1));
const positive = () => z.number().check(z.positive());
const count = () => z.int().check(z.positive());

const figureSchema = (kinds: readonly string[]) => z.strictObject({
  kind: z.enum(kinds),
  value: positive(),
  qualifier: z.enum(QUALIFIERS),
  // Checked by linkProblems so that a missing source reads plainly.
  source: z.optional(z.string()),
  paragraph: z.optional(count()),
});

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};


/** The properties the engine reads of every feature, whatever draws it. */
const BASE = {
  id: text(),
  // Which names a feature must have depends on the story (`KnownIds.names`).
  ...Object.fromEntries(LANGS.map((l) => [nameKey(l), z.optional(z.string())])),
  ref: z.optional(text()),
  kind: z.optional(text()),
  excerpts: z.optional(z.array(text())),
  date: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date like 2022-01-05'),
      z.refine(isRealDate, 'is not a real calendar date'),
    ),
  ),
  date_source: z.optional(text()),
  length_km: z.optional(z.number().check(z.nonnegative())),
  rank: z.optional(count()),
};

const valueSchema = (v: PropValue) =>
  v.type === 'positive'
    ? positive()
    : v.type === 'figures'
      ? z.array(figureSchema(v.kinds))
      : v.values
        ? z.enum(v.values)
        : text();

/** The rules of several parts as one per property: the values any of them allows, the shapes any of them requires it on. */
export function mergeRules(rules: readonly PropRule[]): PropRule[] {
  const byKey = new Map<string, PropRule>();
  for (const r of rules) {
    const had = byKey.get(r.key);
    if (!had) {
      byKey.set(r.key, r);
      continue;
    }
    const requiredOn = [...new Set([...(had.requiredOn ?? []), ...(r.requiredOn ?? [])])];
    const a = had.value;
    const b = r.value;
    const value: PropValue =
      a.type === 'text' && b.type === 'text'
        ? a.values && b.values
          ? { type: 'text', values: [...new Set([...a.values, ...b.values])] }
          : { type: 'text' }
        : a.type === 'figures' && b.type === 'figures'
          ? { type: 'figures', kinds: [...new Set([...a.kinds, ...b.kinds])] }
          : a;
    byKey.set(r.key, { key: r.key, value, ...(requiredOn.length ? { requiredOn } : {}) });
  }
  return [...byKey.values()];
}

const NONE: readonly PropRule[] = [];
const schemas = new WeakMap<readonly PropRule[], z.ZodMiniType>();

/** The properties' schema: the base properties and those the rules add (each optional here; `linkProblems` asks for the required). */
function schemaFor(rules: readonly PropRule[]): z.ZodMiniType {
  let schema = schemas.get(rules);
  if (!schema) {
    schema = z.strictObject({ ...BASE, ...Object.fromEntries(rules.map((r) => [r.key, z.optional(valueSchema(r.value))])) });
    schemas.set(rules, schema);
  }
  return schema;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out;
}

/** Problems of the properties' shape, by the rules of the layers that read them, one message per problem. */
export function propertyProblems(raw: unknown, rules: readonly PropRule[] = NONE): string[] {
  const result = schemaFor(rules).safeParse(raw, { reportInput: true });
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

const SHAPES: Record<Shape, string> = { point: 'points', line: 'lines', area: 'areas' };

/** The shape of a geometry type, if it is one the kinds draw. */
export function shapeOf(type: unknown): Shape | undefined {
  if (type === 'Point' || type === 'MultiPoint') return 'point';
  if (type === 'LineString' || type === 'MultiLineString') return 'line';
  if (type === 'Polygon' || type === 'MultiPolygon') return 'area';
  return undefined;
}

/** Problems of what the layer requires of the properties (of a feature of this shape) and of what they cite. */
export function linkProblems(
  p: Record<string, unknown>,
  ctx: KnownIds,
  expect: LayerExpectation,
  shape?: Shape,
): string[] {
  const out: string[] = [];
  for (const key of expect.required ?? []) {
    if (p[key] === undefined) out.push(`property "${key}" is missing (this layer needs it)`);
  }
  for (const r of expect.props ?? []) {
    if (shape && r.requiredOn?.includes(shape) && p[r.key] === undefined) {
      out.push(`property "${r.key}" is missing (this layer's ${SHAPES[shape]} need it)`);
    }
  }
  for (const key of (ctx.names ?? LANGS).map(nameKey)) {
    if (p[key] === undefined) out.push(`property "${key}" is missing`);
    else if (p[key] === '' && !expect.emptyNames) out.push(`property "${key}" is empty`);
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
