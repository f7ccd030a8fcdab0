import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../domain/format';
import type { Sourced } from '../domain/timeline';
import type { Lang } from '../domain/lang';
import { story, type Source } from '../domain/story';


/** Where a figure or date comes from: the article's paragraph, or an outlet and its date. */
export function SourceBadge({ source, paragraph, lang }: { source: string; paragraph?: number; lang: Lang }) {
  return <SourceBadges cites={[{ source, paragraph }]} lang={lang} />;
}

/** Every source of one fact, in order, after one "Source:". */
export function SourceBadges({ cites, lang }: { cites: readonly Sourced[]; lang: Lang }) {
  const { t } = useTranslation();
  // An outlet's Latin name keeps its own direction inside Arabic text; the date follows in the page's.
  const cite = ({ source, paragraph }: Sourced) => {
    const s = story().sources[source];
    if (source === 'article') return t('panel.articleSource', { n: paragraph });
    if (!s) return <bdi>{source}</bdi>;
    return (
      <>
        <bdi>{s.outlet}</bdi>
        {t('panel.outletDate', { date: formatDate(s.date, lang) })}
      </>
    );
  };
  return (
    <span className="source">
      {t('panel.source')}{' '}
      {cites.map((c, i) => (
        <Fragment key={`${c.source}-${c.paragraph ?? ''}`}>
          {i > 0 && t('panel.sourceSeparator')}
          {cite(c)}
        </Fragment>
      ))}
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
