import type { TFunction } from 'i18next';
import type { Collections } from '../domain/entity';
import { formatDate } from '../domain/format';
import { citedSourceIds } from '../domain/share';
import type { LayerId } from '../domain/url';
import type { Lang } from '../domain/lang';
import { story } from '../domain/story';

const { layers: LAYERS, sources } = story();

/** The credits under the map, on paper and in a saved image: Natural Earth, the article, and the outlets behind any figure drawn. */
export function credits(t: TFunction, lang: Lang, layers: readonly LayerId[], data: Collections): string[] {
  const visible = LAYERS.filter((l) => layers.includes(l.id));
  // The article and Natural Earth are in the attribution line already.
  const cited = citedSourceIds(visible.flatMap((l) => data[l.file.id] ?? []))
    .filter((id) => id !== 'article' && id !== 'natural-earth')
    .map((id) => sources[id])
    .filter((s) => s !== undefined)
    .map((s) => `${s.outlet} (${formatDate(s.date, lang)})`);
  return [t('map.attribution'), ...(cited.length > 0 ? [t('image.figures', { list: cited.join(' · ') })] : [])];
}
