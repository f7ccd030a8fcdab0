import type { Figure, LayerCollection, LayerFeature, Qualifier } from './features';
import { formatNumber } from './format';
import { LANGS, type ByLang, type Lang } from './lang';

/** A hedge for each qualifier in each language, `{{n}}` standing for the figure (src/strings/hedges.ts). */
export type Hedges = ByLang<Record<Qualifier, string>>;
/** Shorter forms of some hedges, the same in every language: a mark the legend explains. */
export type Marks = Partial<Record<Qualifier, string>>;

/**
 * The words beside a proportional circle: the figure of its kind that sets its size, with its
 * hedge ("more than", "reported"), or null when the figures of what it stands for do not include it.
 */
export function figureLabel(
  figures: readonly Figure[],
  kind: string,
  value: number,
  lang: Lang,
  hedges: Hedges,
  marks: Marks = {},
): string | null {
  const figure = figures.find((f) => f.kind === kind && f.value === value);
  return figure ? (marks[figure.qualifier] ?? hedges[lang][figure.qualifier]).replace('{{n}}', formatNumber(value, lang)) : null;
}

/** What each mark stands for in a language: the mark, and its hedge's words without the figure. */
export const markWords = (marks: Marks, hedges: Hedges, lang: Lang): { mark: string; words: string }[] =>
  (Object.entries(marks) as [Qualifier, string][]).map(([q, mark]) => ({
    mark: mark.replace('{{n}}', ''),
    words: hedges[lang][q].replace('{{n}}', '').trim(),
  }));

const at = (f: LayerCollection['features'][number]) =>
  f.geometry.type === 'Point' ? f.geometry.coordinates.join(',') : null;

/**
 * The collection with each proportional symbol (a point with a `ref` and a number in its
 * `value` property) carrying, in each language, the figure of what it stands for (`figure_en`, …),
 * the same with its hedge as a mark where there is one (`figure_short_en`, …), and the name of the
 * place it stands on (`capital_en`, …), so one label names both;
 * and the ids of those places, whose own labels would repeat it.
 */
export function withFigureLabels(
  fc: LayerCollection,
  value: string,
  words: { hedges: Hedges; marks: Marks },
  places?: LayerCollection,
): { data: LayerCollection; standsOn: Map<string, string> } {
  const figures = new Map(fc.features.map((f) => [f.properties.id, f.properties.figures ?? []]));
  const placeAt = new Map((places?.features ?? []).map((p) => [at(p), p]));
  const standsOn = new Map<string, string>();
  const features = fc.features.map((f) => {
    const { ref, [value]: size } = f.properties;
    if (f.geometry.type !== 'Point' || !ref || typeof size !== 'number') return f;
    const of = figures.get(ref) ?? [];
    const place = placeAt.get(at(f));
    if (place) standsOn.set(f.properties.id, place.properties.id);
    return {
      ...f,
      properties: {
        ...f.properties,
        ...Object.fromEntries(
          LANGS.flatMap((l) => [
            [`figure_${l}`, figureLabel(of, value, size, l, words.hedges)],
            [`figure_short_${l}`, figureLabel(of, value, size, l, words.hedges, words.marks)],
            [`capital_${l}`, place?.properties[`name_${l}`] ?? null],
          ]),
        ),
      },
    };
  });
  return { data: { ...fc, features }, standsOn };
}

/**
 * The places whose names the drawn symbols' labels already write (`standsOn`: symbol id → the
 * place it stands on): a place whose symbol is not drawn (its layer off, or gone on the
 * timeline's day) is named by its own label again, so no dot is left unnamed.
 */
export const placesNamedBy = (standsOn: ReadonlyMap<string, string>, drawn: readonly LayerFeature[]): string[] =>
  drawn.flatMap((f) => standsOn.get(f.properties.id) ?? []);
