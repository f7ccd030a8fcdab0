import type { Figure, LayerCollection } from './features';
import { formatNumber } from './format';
import type { Lang } from './url';

const WORDS: Record<Lang, Record<Figure['qualifier'], (n: string) => string>> = {
  en: {
    'more-than': (n) => `more than ${n}`,
    about: (n) => `about ${n}`,
    'at-most': (n) => `at most ${n}`,
    reportedly: (n) => `${n} (reported)`,
    exact: (n) => n,
  },
  ar: {
    'more-than': (n) => `أكثر من ${n}`,
    about: (n) => `نحو ${n}`,
    'at-most': (n) => `${n} كحد أقصى`,
    reportedly: (n) => `${n} (حسب التقارير)`,
    exact: (n) => n,
  },
};

/**
 * The words beside a proportional circle: the figure of its kind that sets its size, with its
 * hedge ("more than", "reported"), or null when the figures of what it stands for do not include it.
 */
export function figureLabel(figures: readonly Figure[], kind: string, value: number, lang: Lang): string | null {
  const figure = figures.find((f) => f.kind === kind && f.value === value);
  return figure ? WORDS[lang][figure.qualifier](formatNumber(value, lang)) : null;
}

const at = (f: LayerCollection['features'][number]) =>
  f.geometry.type === 'Point' ? f.geometry.coordinates.join(',') : null;

/**
 * The collection with each proportional symbol (a point with a `ref` and a number in its
 * `value` property) carrying the figure of what it stands for (`figure_en`, `figure_ar`) and
 * the name of the place it stands on (`capital_en`, `capital_ar`), so one label names both;
 * and the ids of those places, whose own labels would repeat it.
 */
export function withFigureLabels(
  fc: LayerCollection,
  value: string,
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
        figure_en: figureLabel(of, value, size, 'en'),
        figure_ar: figureLabel(of, value, size, 'ar'),
        capital_en: place?.properties.name_en ?? null,
        capital_ar: place?.properties.name_ar ?? null,
      },
    };
  });
  return { data: { ...fc, features }, named };
}
