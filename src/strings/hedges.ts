import type { Hedges, Marks } from '../domain/figureLabel';

/**
 * A figure's hedge as the map writes it beside a circle (`{{n}}` is the figure), in every
 * language at once: the map labels every circle in each language when its file arrives.
 */
export const HEDGES: Hedges = {
  en: { 'more-than': 'more than {{n}}', about: 'about {{n}}', 'at-most': 'at most {{n}}', reportedly: '{{n}} (reported)', 'more-than-reportedly': 'more than {{n}} (reported)', exact: '{{n}}' },
  ar: { 'more-than': 'أكثر من {{n}}', about: 'نحو {{n}}', 'at-most': '{{n}} كحد أقصى', reportedly: '{{n}} (حسب التقارير)', 'more-than-reportedly': 'أكثر من {{n}} (حسب التقارير)', exact: '{{n}}' },
  ru: { 'more-than': 'более {{n}}', about: 'около {{n}}', 'at-most': 'не более {{n}}', reportedly: '{{n}} (сообщалось)', 'more-than-reportedly': 'более {{n}} (сообщалось)', exact: '{{n}}' },
};

/**
 * A hedge's mark on the smallest maps (a phone's first view), where the words would run past the
 * map's edge: the legend says what the mark stands for, in the words above.
 */
export const MARKS: Marks = { reportedly: '{{n}}*' };
