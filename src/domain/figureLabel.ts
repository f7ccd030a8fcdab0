import type { Figure, LayerCollection, Qualifier } from './features';
import { formatNumber } from './format';
import { LANGS, type ByLang, type Lang } from './lang';

/** A hedge for each qualifier in each language, `{{n}}` standing for the figure (src/strings/hedges.ts). */
export type Hedges = ByLang<Record<Qualifier, string>>;

/**
 * The words beside a proportional circle: the figure of its kind that sets its size, with its
 * hedge ("more than", "reported"), or null when the figures of what it stands for do not include it.
 */
export function figureLabel(figures: readonly Figure[], kind: string, value: number, lang: Lang, hedges: Hedges): string | null {
  const figure = figures.find((f) => f.kind === kind && f.value === value);
  return figure ? hedges[lang][figure.qualifier].replace('{{n}}', formatNumber(value, lang)) : null;
}

const at = (f: LayerCollection['features'][number]) =>
  f.geometry.type === 'Point' ? f.geometry.coordinates.join(',') : null;

/**
 * The collection with each proportional symbol (a point with a `ref` and a number in its
 * `value` property) carrying, in each language, the figure of what it stands for (`figure_en`, …)
 * and the name of the place it stands on (`capital_en`, …), so one label names both;
 * and the ids of those places, whose own labels would repeat it.
 */
export function withFigureLabels(
  fc: LayerCollection,
  value: string,
  hedges: Hedges,
  places?: LayerCollection,
): { data: LayerCollection; named: string[] } {
  const figures = new Map(fc.features.map((f) => [f.properties.id, f.properties.figures ?? []]));
  const placeAt = new Map((places?.features ?? []).map((p) => [at(p), p]));
  const named: string[] = [];
  const features = fc.features.map((f) => {
    const { ref, [value]: size } = f.properties;
    if (f.geometry.type !== 'Point' || !ref || typeof size !== 'number') return f;
    const of = figures.get(ref) ?? [];
    const place = placeAt.get(at(f));
    if (place) named.push(place.properties.id);
    return {
      ...f,
      properties: {
        ...f.properties,
        ...Object.fromEntries(
          LANGS.flatMap((l) => [
            [`figure_${l}`, figureLabel(of, value, size, l, hedges)],
            [`capital_${l}`, place?.properties[`name_${l}`] ?? null],
          ]),
        ),
      },
    };
  });
  return { data: { ...fc, features }, named };
}
