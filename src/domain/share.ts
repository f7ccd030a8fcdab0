/** Pure helpers for what leaves the app: downloaded layer files and the embed snippet. */
import type { LayerCollection } from './features';

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

/** HTML that shows the map at `src` inside another page. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}
