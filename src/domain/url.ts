import * as z from 'zod/mini';
import { formatDateParam, parseDateParam } from './timeline';
import { LANGS, type Lang } from './lang';

/** A thematic layer's id, as the story's layer registry names it. */
export type LayerId = string;

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** What the URL holds. `undefined` means "not in the URL: use the default". */
export interface UrlState {
  lang?: Lang;
  view?: View;
  layers?: LayerId[];
  sel?: string;
  /** The tour's step, 1-based; the app ignores a step its chapters do not have. */
  chapter?: number;
  /** The timeline's day (YYYY-MM-DD within 1–19 January 2022); absent shows everything. */
  date?: string;
  /** What the side panel shows when not touring: the context (default) or the article. */
  panel?: Panel;
  debug: boolean;
  /** The map, legend and panels alone, for an iframe in someone else's page. */
  embed: boolean;
}

export const PANELS = ['context', 'article'] as const;
export type Panel = (typeof PANELS)[number];
/** More steps than any tour will have; the chapters decide which exist. */
export const MAX_CHAPTER = 50;

/**
 * The widest zoom lets a phone frame Minsk to Almaty beside the map's controls; the deepest is
 * what the boundaries can honestly show: 1:50m countries and 1:10m regions look coarse and
 * wrong beyond it.
 */
export const ZOOM_RANGE = { min: 1, max: 7 } as const;
const MAX_VALUE = 200;

const lang = z.enum(LANGS);
const text = z.string().check(z.maxLength(MAX_VALUE));
const inRange = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
// "zoom/lat/lon", as map links usually write the camera.
const view = z.pipe(
  z.pipe(text, z.transform((s) => s.split('/').map(Number))),
  z.pipe(
    z.tuple([inRange(ZOOM_RANGE.min, ZOOM_RANGE.max), inRange(-85, 85), inRange(-180, 180)]),
    z.transform(([zoom, lat, lon]): View => ({ lon, lat, zoom })),
  ),
);
/** The story's layers named in the address, in the story's order; one unknown id voids the list. */
const layersOf = (known: readonly LayerId[]) =>
  z.pipe(
    z.pipe(text, z.transform((s) => (s === '' ? [] : s.split(',')))),
    z.pipe(
      z.array(z.string()).check(z.refine((ids) => ids.every((id) => known.includes(id)))),
      z.transform((ids) => known.filter((id) => ids.includes(id))),
    ),
  );
const sel = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const chapter = z.pipe(
  z.pipe(z.string().check(z.regex(/^\d{1,2}$/)), z.transform(Number)),
  z.int().check(z.minimum(1), z.maximum(MAX_CHAPTER)),
);
const panel = z.enum(PANELS);

/** Reads the query string; a value that is missing or invalid is left to its default. */
export function parseUrl(search: string, layerIds: readonly LayerId[]): UrlState {
  const params = new URLSearchParams(search);
  const one = <T>(key: string, schema: z.ZodMiniType<T>): T | undefined => {
    const raw = params.get(key);
    if (raw === null) return undefined;
    const r = schema.safeParse(raw);
    return r.success ? r.data : undefined;
  };
  return {
    lang: one('lang', lang),
    view: one('map', view),
    layers: one('layers', layersOf(layerIds)),
    sel: one('sel', sel),
    chapter: one('chapter', chapter),
    date: parseDateParam(params.get('date')),
    panel: one('panel', panel),
    debug: params.get('debug') === '1',
    embed: params.get('embed') === '1',
  };
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** Writes the state as a query string with a stable key order (empty when all defaults). */
export function formatUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set('map', `${round(zoom, 2)}/${round(lat, 4)}/${round(lon, 4)}`);
  }
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.sel) params.set('sel', state.sel);
  if (state.chapter) params.set('chapter', String(state.chapter));
  if (state.date) params.set('date', formatDateParam(state.date));
  if (state.panel && state.panel !== 'context') params.set('panel', state.panel);
  if (state.debug) params.set('debug', '1');
  if (state.embed) params.set('embed', '1');
  const s = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

/** The reader's language: the first of their browser languages that we speak, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = LANGS.find((l) => l === tag.toLowerCase().split('-')[0]);
    if (base) return base;
  }
  return 'en';
}
