import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collections } from '../../domain/entity';
import { figureRows, figuresCsv, sortRows, type SortDir, type SortKey } from '../../domain/figures';
import { formatDate, formatNumber } from '../../domain/format';
import type { Lang } from '../../domain/url';
import { Dialog } from './Dialog';
import { saveBlob } from './save';
import { story } from '../../domain/story';

const { sources } = story();

const COLUMNS: readonly SortKey[] = ['country', 'value', 'source', 'date'];

/** Every reported troop figure, country by country, with its source: sortable, and as CSV. */
export default function FiguresDialog({ lang, data, onClose }: { lang: Lang; data: Collections; onClose(): void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir } | null>(null);
  const csto = data.csto;
  const rows = useMemo(() => (csto ? figureRows(csto, sources) : []), [csto]);
  const shown = sort ? sortRows(rows, sort.key, sort.dir, lang) : rows;
  const by = (key: SortKey) =>
    setSort(sort?.key === key && sort.dir === 'ascending' ? { key, dir: 'descending' } : { key, dir: 'ascending' });
  const download = () =>
    saveBlob(new Blob([figuresCsv(rows)], { type: 'text/csv;charset=utf-8' }), 'csto-troop-figures.csv');
  return (
    <Dialog title={t('figures.heading')} onClose={onClose}>
      <p>{t('figures.intro')}</p>
      {!csto ? (
        <p role="status">{t('layers.loading')}</p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('figures.heading')}>
            <table className="figures">
              <caption className="visually-hidden">{t('figures.heading')}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((key) => (
                    <th key={key} scope="col" aria-sort={sort?.key === key ? sort.dir : undefined}>
                      <button type="button" className="sort" onClick={() => by(key)}>
                        {t(`figures.columns.${key}`)}
                        <span aria-hidden="true">
                          {sort?.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={`${r.id}:${r.kind}:${r.value}:${r.source}`}>
                    <th scope="row">{lang === 'ar' ? r.name_ar || r.name_en : r.name_en}</th>
                    <td>
                      {t(`figure.${r.kind}.${r.qualifier}`, { n: formatNumber(r.value, lang) })}
                      {r.drawn && <small className="drawn">{t('figures.drawn')}</small>}
                    </td>
                    <td>
                      <bdi>{r.source === 'article' ? t('panel.articleSource', { n: r.paragraph }) : r.outlet}</bdi>
                    </td>
                    <td>{formatDate(r.date, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={download}>
              {t('figures.download')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
