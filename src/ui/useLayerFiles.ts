import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { layerFileQuery, LayerFileError, nameTableQuery } from '../data/queries';
import type { Collections } from '../domain/entity';
import type { Lang } from '../domain/lang';
import { tableLangs, withNames, type NameTable } from '../domain/names';
import type { LayerCollection } from '../domain/features';
import { fileIds, story } from '../domain/story';

const FILE_IDS = fileIds();
const TABLE_LANGS = tableLangs(story().articleLang);

export interface FileStatus {
  /** The file's name, as messages give it. */
  name: string;
  status: 'pending' | 'error' | 'success';
  problems: string[];
  retry: () => void;
}

/**
 * Every layer file, each loading and failing on its own, with its features' names in `lang`: in
 * the files themselves, or from that language's names table (`names.<lang>.json`, in `status`
 * under that name), which loads with the language.
 */
export function useLayerFiles(lang: Lang): { data: Collections; status: Record<string, FileStatus> } {
  const table = TABLE_LANGS.includes(lang) ? lang : null;
  return useQueries({
    queries: [...FILE_IDS.map((file) => layerFileQuery(file)), ...(table ? [nameTableQuery(table)] : [])],
    combine: (results) => {
      const data: Collections = {};
      const status: Record<string, FileStatus> = {};
      const files = results.slice(0, FILE_IDS.length) as UseQueryResult<LayerCollection>[];
      const names = (table ? results[FILE_IDS.length] : undefined) as UseQueryResult<NameTable> | undefined;
      const statusOf = (name: string, r: UseQueryResult<unknown>): FileStatus => ({
        name,
        status: r.status,
        problems: r.error instanceof LayerFileError ? r.error.problems : r.error ? [`${name}: ${r.error.message}`] : [],
        retry: () => void r.refetch(),
      });
      files.forEach((r, i) => {
        const file = FILE_IDS[i]!;
        if (r.data) data[file] = table && names?.data ? withNames(r.data, names.data[file], table) : r.data;
        status[file] = statusOf(`${file}.geojson`, r);
      });
      if (table && names) status[`names.${table}`] = statusOf(`names.${table}.json`, names);
      return { data, status };
    },
  });
}
