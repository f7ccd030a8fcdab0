import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collections } from '../../domain/entity';
import { figureRows, figuresCsv, sortRows, type SortDir, type SortKey } from '../../domain/figures';
import { figureKey, nameIn } from '../../domain/features';
import { formatDate, formatNumber } from '../../domain/format';
import type { Lang } from '../../domain/lang';
import { Dialog } from './Dialog';
import { saveBlob } from './save';
import { story, type FigureTable } from '../../domain/story';

const { sources } = story();

const COLUMNS: readonly SortKey[] = ['country', 'value', 'source', 'date'];

/** Every reported figure of the story's symbols, feature by feature, with its source: sortable, and as CSV. */
export default function FiguresDialog({ table, lang, data, onClose }: { table: FigureTable; lang: Lang; data: Collections; onClose(): void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir } | null>(null);
  const { file, value, words } = table;
  const loaded = data[file];
  const rows = useMemo(() => (loaded ? figureRows({ file, data: loaded, value }, sources) : []), [file, loaded, value]);
  const shown = sort ? sortRows(rows, sort.key, sort.dir, lang) : rows;
  const by = (key: SortKey) =>
    setSort(sort?.key === key && sort.dir === 'ascending' ? { key, dir: 'descending' } : { key, dir: 'ascending' });
  const download = () =>
    saveBlob(new Blob([figuresCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${words.name}.csv`);
  return (
    <Dialog title={t(words.heading)} onClose={onClose}>
      <p>{t(words.intro)}</p>
      {!loaded ? (
        <p role="status">{t('layers.loading')}</p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t(words.heading)}>
            <table className="figures">
              <caption className="visually-hidden">{t(words.heading)}</caption>
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
                    <th scope="row">{nameIn(r, lang)}</th>
                    <td>
                      {t(figureKey(r), { n: formatNumber(r.value, lang) })}
                      {r.drawn && <small className="drawn">{t('figures.drawn')}</small>}
                    </td>
                    <td>
                      {/* An outlet's name is isolated and kept whole (styles.css): «Panorama.am» on one line. */}
                      {r.source === 'article' ? (
                        <bdi>{t('panel.articleSource', { n: r.paragraph })}</bdi>
                      ) : (
                        <bdi className="outlet">{r.outlet}</bdi>
                      )}
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
