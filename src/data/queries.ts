import { queryOptions } from '@tanstack/react-query';
import type { LayerCollection } from '../domain/features';
import { formatProblem, validateLayerFile } from '../domain/validate';
import { expectations, story, type FileId } from '../domain/story';
import { layerProps } from '../map/kinds';
import type { Lang } from '../domain/lang';
import { fileLangs, parseNameTable, type NameTable } from '../domain/names';

const { excerptIds, sources, files, layers, articleLang } = story();
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
  names: fileLangs(articleLang),
};

/** A layer that has not arrived by then is reported, so the reader can retry it. */
export const FETCH_TIMEOUT_MS = 8_000;

/** A data file's text, or an error that names the file and what went wrong. */
async function fetchText(name: string, url: string | undefined, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  if (!url) throw new LayerFileError(name, [`${name}: the build has no such file`]);
  try {
    const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!res.ok) throw new LayerFileError(name, [`${name}: the server answered ${res.status}`]);
    return await res.text();
  } catch (e) {
    if (e instanceof LayerFileError || signal?.aborted) throw e;
    const why = timeout.aborted ? `took longer than ${FETCH_TIMEOUT_MS / 1000} s` : (e as Error).message;
    throw new LayerFileError(name, [`${name}: could not be fetched (${why})`]);
  }
}

export async function fetchLayerFile(file: FileId, signal?: AbortSignal): Promise<LayerCollection> {
  const name = `${file}.geojson`;
  const text = await fetchText(name, story().fileUrl(file), signal);
  const { problems, data } = validateLayerFile(name, text, context);
  if (problems.length > 0 || !data) throw new LayerFileError(name, problems.map(formatProblem));
  return data;
}

/** A language's names of the layer files' features (src/domain/names.ts), for a language the files leave out. */
export async function fetchNameTable(lang: Lang, signal?: AbortSignal): Promise<NameTable> {
  const name = `names.${lang}.json`;
  const parsed = parseNameTable(name, await fetchText(name, story().namesUrl(lang), signal));
  if ('problem' in parsed) throw new LayerFileError(name, [parsed.problem]);
  return parsed.table;
}

export const nameTableQuery = (lang: Lang) =>
  queryOptions({
    queryKey: ['names', lang],
    queryFn: ({ signal }) => fetchNameTable(lang, signal),
    staleTime: Infinity,
    retry: false,
  });

export const layerFileQuery = (file: FileId) =>
  queryOptions({
    queryKey: ['layer-file', file],
    queryFn: ({ signal }) => fetchLayerFile(file, signal),
    staleTime: Infinity,
    // The layer panel offers a retry: a failure shows at once rather than after silent attempts.
    retry: false,
  });
