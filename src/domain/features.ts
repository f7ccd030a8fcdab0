import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Where a figure or date comes from: a source id from `src/stories/kazakhstan-2022/sources.ts`. */
export interface Figure {
  /** What is counted: a key of the UI strings (`figure.<kind>`). */
  kind: 'troops' | 'troops-others-total';
  value: number;
  qualifier: 'more-than' | 'about' | 'at-most' | 'reportedly' | 'exact';
  source: string;
  /** Paragraph of the article, required when `source` is `article`. */
  paragraph?: number;
}

/** Properties every feature of every layer file carries. */
export interface BaseProps {
  /** Unique within its file; the selection id unless `ref` is set. */
  id: string;
  name_en: string;
  name_ar: string;
  /** The feature this one belongs to (a troop symbol or route belongs to its country). */
  ref?: string;
  kind?: string;
  /** Excerpt ids from `src/stories/kazakhstan-2022/excerpts.ts`. */
  excerpts?: string[];
  figures?: Figure[];
  /** ISO date (YYYY-MM-DD) of the event the feature marks. */
  date?: string;
  date_source?: string;
  role?: 'host' | 'contributor';
  /** Troops used for the proportional symbol (the figure the map draws). */
  troops?: number;
  length_km?: number;
  rank?: number;
}

export type LayerFeature = Feature<Geometry, BaseProps>;
export type LayerCollection = FeatureCollection<Geometry, BaseProps>;

/** The id a click on this feature selects. */
export const selectionId = (p: Pick<BaseProps, 'id' | 'ref'>): string => p.ref ?? p.id;
