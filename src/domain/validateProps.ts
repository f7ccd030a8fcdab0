/**
 * Checks of a feature's properties: the shape of `BaseProps` (a zod schema, its issues
 * put in plain words), what the layer requires of them, and their links to excerpts and
 * sources. Pure.
 */
import * as z from 'zod/mini';
import { describeValue } from './describeValue';
import type { LayerExpectation } from './layerFiles';

/** The excerpts and sources that features may cite. */
export interface KnownIds {
  excerptIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

const text = () => z.string().check(z.minLength(1));
const positive = () => z.number().check(z.positive());
const count = () => z.int().check(z.positive());

const FigureSchema = z.strictObject({
  kind: z.enum(['troops', 'troops-others-total']),
  value: positive(),
  qualifier: z.enum(['more-than', 'about', 'at-most', 'reportedly', 'exact']),
  // Checked by linkProblems so that a missing source reads plainly.
  source: z.optional(z.string()),
  paragraph: z.optional(count()),
});

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const PropsSchema = z.strictObject({
  id: text(),
  name_en: z.string(),
  name_ar: z.string(),
  ref: z.optional(text()),
  kind: z.optional(text()),
  excerpts: z.optional(z.array(text())),
  figures: z.optional(z.array(FigureSchema)),
  date: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date like 2022-01-05'),
      z.refine(isRealDate, 'is not a real calendar date'),
    ),
  ),
  date_source: z.optional(text()),
  role: z.optional(z.enum(['host', 'contributor'])),
  troops: z.optional(positive()),
  length_km: z.optional(z.number().check(z.nonnegative())),
  rank: z.optional(count()),
});

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out;
}

/** Problems of the properties' shape, one message per problem. */
export function propertyProblems(raw: unknown): string[] {
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

/** Problems of what the layer requires of the properties and of what they cite. */
export function linkProblems(
  p: Record<string, unknown>,
  ctx: KnownIds,
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
