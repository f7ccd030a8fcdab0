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
 * The words beside a troop circle: the figure that sets its size, with its hedge ("more
 * than", "reported"), or null when the country's figures do not include it.
 */
export function troopLabel(figures: readonly Figure[], troops: number, lang: Lang): string | null {
  const figure = figures.find((f) => f.kind === 'troops' && f.value === troops);
  return figure ? WORDS[lang][figure.qualifier](formatNumber(troops, lang)) : null;
}

/** The collection with each troop symbol carrying `figure_en` and `figure_ar` from its country's figures. */
export function withTroopLabels(fc: LayerCollection): LayerCollection {
  const figures = new Map(fc.features.map((f) => [f.properties.id, f.properties.figures ?? []]));
  return {
    ...fc,
    features: fc.features.map((f) => {
      const { kind, ref, troops } = f.properties;
      if (kind !== 'troops' || !ref || troops === undefined) return f;
      const of = figures.get(ref) ?? [];
      return {
        ...f,
        properties: { ...f.properties, figure_en: troopLabel(of, troops, 'en'), figure_ar: troopLabel(of, troops, 'ar') },
      };
    }),
  };
}
