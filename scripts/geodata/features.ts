/** The features the build writes: properties in one key order, rounded points, annotations. */
import type { Feature, Geometry, Point } from 'geojson';
import { roundPosition } from '../../src/domain/geometry';
import { LANGS } from '../../src/domain/lang';
import { nameKey, type BaseProps, type Names } from '../../src/domain/features';

export { nameKey, namesBy, namesOf, NO_NAMES, type Names } from '../../src/domain/features';

/** Decimals kept for polygon and line positions (0.001° ≈ 100 m; the 50m data is coarser). */
export const LINE_DECIMALS = 3;
/** Decimals kept for point positions (0.0001° ≈ 10 m). */
export const POINT_DECIMALS = 4;

/** What the build writes: the base properties, a name in every language, and those this story's layers read (its areas' role, its circles' troops). */
export type OutProps = BaseProps & Names & { role?: string; troops?: number };
export type OutFeature = Feature<Geometry, OutProps>;

/** What geodata/facts/annotations.json adds to a feature of one layer file. */
export type Annotation = Pick<OutProps, 'excerpts' | 'figures' | 'date' | 'date_source' | 'role' | 'troops'>;
/** Annotations by layer file (without `.geojson`), then by feature id. */
export type Annotations = Record<string, Record<string, Annotation>>;

const KEY_ORDER: (keyof OutProps)[] = [
  'id',
  ...LANGS.map(nameKey),
  'ref',
  'kind',
  'role',
  'rank',
  'excerpts',
  'figures',
  'troops',
  'length_km',
  'date',
  'date_source',
];

/** Properties in one fixed key order, without empty members. */
export function props(p: OutProps): OutProps {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = p[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as unknown as OutProps;
}

/** The annotation of one feature, or none. */
export const noteOf = (annotations: Annotations, file: string, id: string): Annotation => annotations[file]?.[id] ?? {};

/**
 * Properties with the feature's annotation: its role, excerpts and troops win over the
 * built ones; figures and dates come from the annotation alone.
 */
export function annotated(annotations: Annotations, file: string, p: OutProps): OutProps {
  const a = noteOf(annotations, file, p.id);
  return props({
    ...p,
    role: a.role ?? p.role,
    excerpts: a.excerpts ?? p.excerpts,
    figures: a.figures,
    troops: a.troops ?? p.troops,
    date: a.date,
    date_source: a.date_source,
  });
}

export const feature = (geometry: Geometry, properties: OutProps): OutFeature => ({
  type: 'Feature',
  properties,
  geometry,
});

export const point = (lon: number, lat: number): Point => ({
  type: 'Point',
  coordinates: roundPosition([lon, lat], POINT_DECIMALS),
});
