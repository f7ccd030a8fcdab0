import { useQueries } from '@tanstack/react-query';
import { layerFileQuery, LayerFileError } from '../data/queries';
import type { Collections } from '../domain/entity';
import { fileIds, type FileId } from '../domain/story';

const FILE_IDS = fileIds();

export interface FileStatus {
  status: 'pending' | 'error' | 'success';
  problems: string[];
  retry: () => void;
}

/** Every layer file, each loading and failing on its own. */
export function useLayerFiles(): { data: Collections; status: { [file: FileId]: FileStatus } } {
  return useQueries({
    queries: FILE_IDS.map((file) => layerFileQuery(file)),
    combine: (results) => {
      const data: Collections = {};
      const status: { [file: FileId]: FileStatus } = {};
      results.forEach((r, i) => {
        const file = FILE_IDS[i] as FileId;
        if (r.data) data[file] = r.data;
        const err = r.error;
        status[file] = {
          status: r.status,
          problems: err instanceof LayerFileError ? err.problems : err ? [`${file}.geojson: ${err.message}`] : [],
          retry: () => void r.refetch(),
        };
      });
      return { data, status };
    },
  });
}
