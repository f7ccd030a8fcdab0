import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layerFileQuery, nameTableQuery } from '../../data/queries';
import { formatNumber } from '../../domain/format';
import { annotatedFile, fileNote } from '../../domain/share';
import type { Collections } from '../../domain/entity';
import type { Lang } from '../../domain/lang';
import { tableLangs, withNames } from '../../domain/names';
import { SourceItem } from '../SourceBadge';
import { Dialog } from './Dialog';
import { saveBlob } from './save';
import { story, type FileDef } from '../../domain/story';

const { files: FILES, sources, articleLang } = story();
const TABLE_LANGS = tableLangs(articleLang);

interface Props {
  lang: Lang;
  data: Collections;
  onClose(): void;
}

/** Every layer file with its licence, its sources and a download; then every source. */
export default function SourcesDialog({ lang, data, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (def: FileDef) => {
    const file = def.id;
    try {
      // A download names its features in every language: the file's own, and each names table's.
      const [own, tables] = await Promise.all([
        client.fetchQuery(layerFileQuery(file)),
        Promise.all(TABLE_LANGS.map((l) => client.fetchQuery(nameTableQuery(l)))),
      ]);
      const fc = TABLE_LANGS.reduce((c, l, i) => withNames(c, tables[i]![file], l), own);
      const text = annotatedFile(fc, fileNote(def, fc, sources));
      saveBlob(new Blob([text], { type: 'application/geo+json' }), `${file}.geojson`);
      setFailed(null);
    } catch (e) {
      setFailed(`${file}.geojson: ${(e as Error).message}`);
    }
  };
  return (
    <Dialog title={t('share.data')} onClose={onClose}>
      <p>{t('data.intro')}</p>
      {failed && (
        <p role="alert" className="layer-error">
          {t('layers.error')} <bdi dir="ltr">{failed}</bdi>
        </p>
      )}
      <ul className="files">
        {FILES.map((def) => {
          const { id: file, name: title } = def;
          const fc = data[file];
          const note = fc ? fileNote(def, fc, sources) : null;
          const name = `${file}.geojson`;
          return (
            <li key={file}>
              <h3>
                {t(title)} <bdi dir="ltr">({name})</bdi>
              </h3>
              {fc && <p className="count">{t('data.features', { count: fc.features.length, n: formatNumber(fc.features.length, lang) })}</p>}
              {note && (
                <dl>
                  <dt>{t('data.from')}</dt>
                  <dd lang="en" dir="ltr">
                    {note.derived_from}
                  </dd>
                  <dt>{t('data.licence')}</dt>
                  <dd lang="en" dir="ltr">
                    {note.licence}
                  </dd>
                  <dt>{t('data.cites')}</dt>
                  <dd>
                    {note.sources.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 && ' · '}
                        <bdi>{s.outlet}</bdi>
                      </span>
                    ))}
                  </dd>
                </dl>
              )}
              <button type="button" onClick={() => void download(def)}>
                {t('data.download', { file: name })}
              </button>
            </li>
          );
        })}
      </ul>
      <h3>{t('data.all')}</h3>
      <ul className="sources">
        {Object.values(sources).map((s) => (
          <SourceItem key={s.id} source={s} lang={lang} />
        ))}
      </ul>
    </Dialog>
  );
}
