/**
 * Chapters: steps through the article's argument, each a view of the map. The camera
 * frame of a chapter is worked out from its features here. Pure: no DOM, no MapLibre.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { featureBounds, type Bounds } from './bounds';
import { selectionId, type BaseProps } from './features';
import type { Sourced, SourcedNumber } from './timeline';
import type { LayerId } from './url';
import type { ByLang } from './lang';


export interface Chapter {
  id: string;
  title: ByLang;
  /** A short caption; every number in it is backed by `date`, `events` or `figures`. */
  text: ByLang;
  /** The thematic layers it shows, by id. */
  layers: readonly LayerId[];
  /** Selection ids the chapter is about (highlighted). */
  features: readonly string[];
  /**
   * Ids the camera fits, when that differs from `features` (Russia whole would frame
   * half of Asia; Moscow and Almaty frame the troops' way). Each is a feature's own id
   * in some layer file, else a selection id.
   */
  fitTo?: readonly string[];
  /** The one id to select when the chapter opens. */
  highlight?: string;
  excerpts: readonly string[];
  /** ISO date the chapter is about, with its source. */
  date?: string;
  dateSource?: Sourced;
  /** Timeline event ids the chapter covers (their dates back the caption's dates). */
  events?: readonly string[];
  figures?: readonly SourcedNumber[];
}

type Collection = FeatureCollection<Geometry, Pick<BaseProps, 'id' | 'ref'>>;

/** Smallest span of a frame, in degrees, so that a single point still gets a view. */
export const MIN_SPAN_DEG = 2;

/** The features (from any of the collections) that an id stands for. */
export function featuresFor(id: string, collections: readonly Collection[]): Collection['features'] {
  const all = collections.flatMap((c) => c.features);
  const own = all.filter((f) => f.properties.id === id);
  return own.length > 0 ? own : all.filter((f) => selectionId(f.properties) === id);
}

/**
 * The camera bounds of a chapter: the box around its frame (or its features), widened
 * to at least `MIN_SPAN_DEG` each way and held within the world. Null when none of its
 * ids is in the collections.
 */
export function chapterBounds(
  chapter: Pick<Chapter, 'features' | 'fitTo'>,
  collections: readonly Collection[],
): Bounds | null {
  const ids = chapter.fitTo ?? chapter.features;
  const box = featureBounds(ids.flatMap((id) => featuresFor(id, collections)));
  if (!box) return null;
  let [[w, s], [e, n]] = box;
  if (e - w < MIN_SPAN_DEG) {
    const c = (w + e) / 2;
    [w, e] = [c - MIN_SPAN_DEG / 2, c + MIN_SPAN_DEG / 2];
  }
  if (n - s < MIN_SPAN_DEG) {
    const c = (s + n) / 2;
    [s, n] = [c - MIN_SPAN_DEG / 2, c + MIN_SPAN_DEG / 2];
  }
  return [
    [Math.max(-180, w), Math.max(-90, s)],
    [Math.min(180, e), Math.min(90, n)],
  ];
}
