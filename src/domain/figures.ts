/** The figures of a file of proportional symbols as table rows, their order, and their CSV. Pure. */
import { csvFormat } from 'd3-dsv';
import { nameIn, namesOf, type Figure, type LayerCollection, type Names } from './features';
import { LANGS, type Lang } from './lang';

export interface FigureRow extends Names {
  /** The selection id of what the figure is about. */
  id: string;
  kind: Figure['kind'];
  qualifier: Figure['qualifier'];
  value: number;
  source: string;
  outlet: string;
  /** ISO date (or month) of the source. */
  date: string;
  paragraph?: number;
  /** Whether the map's circle for it is drawn at this figure. */
  drawn: boolean;
}

/**
 * One row per reported figure, feature by feature in the file's order, each with its source's
 * outlet and date. `value` names the property that sizes the circles (and the figures' kind
 * that does). A figure citing a source that is not listed is an error.
 */
export function figureRows(
  { file, data, value }: { file: string; data: LayerCollection; value: string },
  sources: Readonly<Record<string, { outlet: string; date: string }>>,
): FigureRow[] {
  // A circle stands for the feature it refers to and is sized by its own property, which that feature may repeat.
  const sizes = new Map(data.features.flatMap(({ properties: p }) => (p.ref ? [[p.ref, p[value]]] : [])));
  return data.features.flatMap(({ properties: p }) => {
    let drawn = false;
    return (p.figures ?? []).map((f): FigureRow => {
      const s = sources[f.source];
      if (!s) throw new Error(`${file}.geojson: feature "${p.id}" cites unknown source "${f.source}"`);
      // The circle is drawn at one figure: the first that equals its size.
      const isDrawn = !drawn && f.kind === value && f.value === (sizes.get(p.id) ?? p[value]);
      drawn ||= isDrawn;
      return {
        id: p.id,
        ...namesOf(p),
        kind: f.kind,
        qualifier: f.qualifier,
        value: f.value,
        source: f.source,
        outlet: s.outlet,
        date: s.date,
        ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
        drawn: isDrawn,
      };
    });
  });
}

export type SortKey = 'country' | 'value' | 'source' | 'date';
export type SortDir = 'ascending' | 'descending';

/** The rows ordered by one column; ties keep their order. Countries sort by their name in `lang`. */
export function sortRows(rows: readonly FigureRow[], key: SortKey, dir: SortDir, lang: Lang): FigureRow[] {
  const collator = new Intl.Collator(lang);
  const name = (r: FigureRow) => nameIn(r, lang);
  const compare: Record<SortKey, (a: FigureRow, b: FigureRow) => number> = {
    country: (a, b) => collator.compare(name(a), name(b)),
    value: (a, b) => a.value - b.value,
    source: (a, b) => collator.compare(a.outlet, b.outlet),
    date: (a, b) => a.date.localeCompare(b.date),
  };
  const sign = dir === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * compare[key](a.row, b.row) || a.i - b.i)
    .map(({ row }) => row);
}

/** The rows as CSV (RFC 4180), one column per fact, with the article's paragraph where it is the source. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  return csvFormat(
    rows.map((r) => ({
      country_id: r.id,
      ...Object.fromEntries(LANGS.map((l) => [`country_${l}`, r[`name_${l}`]])),
      figure: r.kind,
      qualifier: r.qualifier,
      value: r.value,
      source: r.outlet,
      source_date: r.date,
      article_paragraph: r.paragraph ?? '',
      drawn_on_map: r.drawn ? 'yes' : 'no',
    })),
  );
}
