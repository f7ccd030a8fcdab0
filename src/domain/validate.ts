/**
 * Validation of the map's layer files (geodata/*.geojson): the file as JSON and as a
 * FeatureCollection, each feature's properties (validateProps) and geometry
 * (validateGeometry), ids unique and refs resolved, and the problems found, each naming
 * file and feature. Pure: no Node APIs, no DOM.
 */
import { describeValue } from './describeValue';
import type { LayerCollection } from './features';
import { expectationFor, type Expectations, type LayerExpectation } from './layerFiles';
import { geometryProblems } from './validateGeometry';
import { linkProblems, propertyProblems, shapeOf, type KnownIds } from './validateProps';

/** One problem found in a file, for a person to read. */
export interface Problem {
  file: string;
  /** The feature's id, or its index like "#3" when it has no usable id; "(file)" for the file itself. */
  feature: string;
  problem: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.feature}: ${p.problem}`;

export interface ValidationContext extends KnownIds {
  /** The story's layer files and what each may hold. */
  files: Expectations;
  /** What the file must hold; by default the expectation its file name names. */
  expect?: LayerExpectation;
}

export interface ValidationResult {
  problems: Problem[];
  /** The collection, when there is no problem. */
  data: LayerCollection | null;
}

/** At most this many problems are listed per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

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

  const expect = ctx.expect ?? expectationFor(fileName, ctx.files)?.expect;
  if (!expect) {
    fileProblem(`is not a layer file (its name should start with one of: ${Object.keys(ctx.files).join(', ')})`);
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
      propertyProblems(p, expect.props).forEach(add);
      linkProblems(p as Record<string, unknown>, ctx, expect, shapeOf((feature.geometry as { type?: unknown } | null)?.type)).forEach(add);
      if (typeof id === 'string' && id !== '') {
        const first = firstIndexById.get(id);
        if (first !== undefined) add(`id "${id}" is already used by feature #${first}`);
        else firstIndexById.set(id, i);
      }
      const ref = (p as { ref?: unknown }).ref;
      if (typeof ref === 'string' && ref !== '') refs.push({ label, ref });
    }
    geometryProblems(feature.geometry, expect.geometry).forEach(add);
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