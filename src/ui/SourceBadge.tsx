import { useTranslation } from 'react-i18next';
import { sources, type Source } from '../content/sources';
import { formatDate } from '../domain/format';
import type { Lang } from '../domain/url';

/** Where a figure or date comes from: the article's paragraph, or an outlet and its date. */
export function SourceBadge({ source, paragraph, lang }: { source: string; paragraph?: number; lang: Lang }) {
  const { t } = useTranslation();
  const s = sources[source];
  const text =
    source === 'article'
      ? t('panel.articleSource', { n: paragraph })
      : s
        ? `${s.outlet}, ${formatDate(s.date, lang)}`
        : source;
  // An outlet's Latin name keeps its own direction inside Arabic text.
  return (
    <span className="source">
      {t('panel.source')} <bdi>{text}</bdi>
    </span>
  );
}

/** One entry of a list of sources: outlet, date, note, and the address as text (never a link). */
export function SourceItem({ source: s, lang }: { source: Source; lang: Lang }) {
  return (
    <li>
      <bdi>{s.outlet}</bdi>, {formatDate(s.date, lang)}
      {s.note && <span lang="en"> — {s.note}</span>}
      {s.url && (
        <span className="url" dir="ltr">
          {s.url}
        </span>
      )}
    </li>
  );
}
