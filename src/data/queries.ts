import { queryOptions } from '@tanstack/react-query';
import type { LayerCollection } from '../domain/features';
import { formatProblem, validateLayerFile } from '../domain/validate';
import { expectations, story, type FileId } from '../domain/story';
import { layerProps } from '../map/kinds';

const { excerptIds, sources, files, layers } = story();
const EXPECTATIONS = expectations(files, layerProps(layers));

/** A layer file that did not arrive or is not what its layer needs; names the file. */
export class LayerFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
    this.name = 'LayerFileError';
  }
}

const context = {
  files: EXPECTATIONS,
  excerptIds: new Set(excerptIds),
  sourceIds: new Set(Object.keys(sources)),
};

/** A layer that has not arrived by then is reported, so the reader can retry it. */
export const FETCH_TIMEOUT_MS = 8_000;

export async function fetchLayerFile(file: FileId, signal?: AbortSignal): Promise<LayerCollection> {
  const name = `${file}.geojson`;
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const url = story().fileUrl(file);
  if (!url) throw new LayerFileError(name, [`${name}: the build has no such file`]);
  let text: string;
  try {
    const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!res.ok) throw new LayerFileError(name, [`${name}: the server answered ${res.status}`]);
    text = await res.text();
  } catch (e) {
    if (e instanceof LayerFileError || signal?.aborted) throw e;
    const why = timeout.aborted ? `took longer than ${FETCH_TIMEOUT_MS / 1000} s` : (e as Error).message;
    throw new LayerFileError(name, [`${name}: could not be fetched (${why})`]);
  }
  const { problems, data } = validateLayerFile(name, text, context);
  if (problems.length > 0 || !data) throw new LayerFileError(name, problems.map(formatProblem));
  return data;
}

export const layerFileQuery = (file: FileId) =>
  queryOptions({
    queryKey: ['layer-file', file],
    queryFn: ({ signal }) => fetchLayerFile(file, signal),
    staleTime: Infinity,
    // The layer panel offers a retry: a failure shows at once rather than after silent attempts.
    retry: false,
  });
