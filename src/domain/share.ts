/** Pure helpers for what leaves the app: downloaded layer files and the embed snippet. */
import type { LayerCollection, LayerFeature } from './features';
import { featuresAt, withdrawingAt, type TimelineEvent } from './timeline';
import type { FileDef, Source } from './story';

/** A source as a downloaded file names it. */
export interface SourceNote {
  id: string;
  outlet: string;
  date: string;
  url?: string;
}

/** What a downloaded layer file says about itself, as GeoJSON foreign members (RFC 7946 §6.1). */
export interface FileNote {
  name: string;
  licence: string;
  derived_from: string;
  sources: SourceNote[];
}

/** The sources a file's features cite for their figures and dates, each once, in a stable order. */
export function citedSourceIds(collections: readonly LayerCollection[]): string[] {
  const ids = new Set<string>();
  for (const fc of collections) {
    for (const { properties: p } of fc.features) {
      for (const f of p.figures ?? []) ids.add(f.source);
      if (p.date_source) ids.add(p.date_source);
    }
  }
  return [...ids].sort();
}

/** The file as downloaded: the note first, so that it reads before thousands of coordinates. */
export function annotatedFile(fc: LayerCollection, note: FileNote): string {
  const { type, features, ...rest } = fc;
  return `${JSON.stringify({ type, ...rest, ...note, features })}\n`;
}

const attr = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** HTML that shows the map at `src` inside another page, tall enough that at any column width the first view has room for all its places. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

/**
 * A layer's legend as it applies to the map on `date` (null: every day): nothing for a layer
 * that draws nothing that day, and a flow's ending only once some flow is ending.
 */
export function legendAt<E extends { symbol: string }>(
  entries: readonly E[],
  features: readonly LayerFeature[],
  date: string | null,
  events: readonly TimelineEvent[],
): E[] {
  if (date === null) return [...entries];
  const drawn = featuresAt(features, date, events);
  if (drawn.length === 0) return [];
  const leaving = withdrawingAt(date, events);
  // A proportional symbol and its flows refer to what they stand for (`ref`): once it is gone, so
  // are their entries. A layer without them keeps its lines' and circles' entries.
  const isFlow = (f: LayerFeature) => f.properties.ref !== undefined && f.geometry.type.endsWith('LineString');
  const isSymbol = (f: LayerFeature) => f.properties.ref !== undefined && f.geometry.type === 'Point';
  const flows = drawn.filter(isFlow);
  const shown: Record<string, boolean> = {
    withdrawing: flows.some((f) => leaving.has(f.properties.ref!)),
    line: flows.length > 0 || !features.some(isFlow),
    circles: drawn.some(isSymbol) || !features.some(isSymbol),
  };
  return entries.filter((e) => shown[e.symbol] ?? true);
}

/** The Web Mercator ground distance of one CSS pixel, in metres, at a latitude and zoom. */
const metresPerPixel = (lat: number, zoom: number) => (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/** A scale bar at most `maxPx` long: a round number of kilometres (1, 2 or 5 times a power of ten) and its length. */
export function scaleBar(lat: number, zoom: number, maxPx: number): { km: number; px: number } {
  const mpp = metresPerPixel(lat, zoom);
  const most = (maxPx * mpp) / 1000;
  const power = 10 ** Math.floor(Math.log10(most));
  const km = [5, 2, 1].map((m) => m * power).find((k) => k <= most) ?? power;
  return { km, px: (km * 1000) / mpp };
}

/** The note a downloaded copy of `file` carries: its terms and every source it rests on. */
export function fileNote({ id: file, terms }: FileDef, fc: LayerCollection, sources: Readonly<Record<string, Source>>): FileNote {
  const ids = [...new Set([...terms.sources, ...citedSourceIds([fc])])];
  return {
    name: file,
    licence: terms.licence,
    derived_from: terms.derivedFrom,
    sources: ids.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, outlet: s.outlet, date: s.date, ...(s.url ? { url: s.url } : {}) }] : [];
    }),
  };
}
