/** Runs the layer-file validator against the project's excerpts and sources, or another story's. */
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { excerpts } from '../../src/stories/kazakhstan-2022/excerpts';
import { expectations, type FileDef, type LayerDef, type Source } from '../../src/domain/story';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { LAYERS } from '../../src/stories/kazakhstan-2022/layers';
import { layerProps } from '../../src/map/kinds';
import { sources } from '../../src/stories/kazakhstan-2022/sources';
import { formatProblem, validateLayerFile, type Problem } from '../../src/domain/validate';
import type { Lang } from '../../src/domain/lang';
import { fileLangs, tableLangs, tableProblems, type NameTable } from '../../src/domain/names';
import meta from '../../src/stories/kazakhstan-2022/meta.json';

/** The language the story's article is written in, as its meta.json says. */
export const ARTICLE_LANG = meta.articleLang as Lang;
const files = expectations(FILES, layerProps(LAYERS));
export const excerptIds: ReadonlySet<string> = new Set(Object.keys(excerpts));
export const sourceIds: ReadonlySet<string> = new Set(Object.keys(sources));

/** Problems of one file, judged by the layer its name names. */
export function checkFile(fileName: string, text: string): Problem[] {
  return validateLayerFile(fileName, text, { files, excerptIds, sourceIds, names: fileLangs(ARTICLE_LANG) }).problems;
}

/**
 * Problems of the names tables (`names.<lang>.json`) among some files (name → text): a layer file's
 * named feature without a name in a table's language, or a name for nothing.
 */
export function tablesCheck(texts: Record<string, string>, articleLang: Lang): string[] {
  const layers = Object.fromEntries(
    Object.entries(texts).flatMap(([name, text]) =>
      name.endsWith('.geojson') ? [[name.replace(/\.geojson$/, ''), (JSON.parse(text) as FeatureCollection<Geometry, { id: string; name_en?: string }>).features]] : [],
    ),
  );
  return tableLangs(articleLang).flatMap((lang) => {
    const text = texts[`names.${lang}.json`];
    return text === undefined ? [`names.${lang}.json: (file): missing`] : tableProblems(JSON.parse(text) as NameTable, layers, lang);
  });
}

/** Formatted problems of several files (name → text): the layer files, then the names tables. */
export function checkOutput(texts: Record<string, string>): string[] {
  return [
    ...Object.entries(texts).flatMap(([name, text]) => (name.endsWith('.geojson') ? checkFile(name, text).map(formatProblem) : [])),
    ...tablesCheck(texts, ARTICLE_LANG),
  ];
}

/**
 * The check of another story's files (a test fixture's): by its `files.ts`, `layers.ts`, `excerptIds.ts`
 * and `sources.ts`, read at run time so that its strings' keys never type this project.
 */
export async function storyCheck(folder: string): Promise<(fileName: string, text: string) => Problem[]> {
  const load = <T>(name: string) => import(path.resolve(folder, name)) as Promise<T>;
  const [{ FILES }, { LAYERS }, { EXCERPT_IDS }, { sources }, { default: own }] = await Promise.all([
    load<{ FILES: readonly FileDef[] }>('files.ts'),
    load<{ LAYERS: readonly LayerDef[] }>('layers.ts'),
    load<{ EXCERPT_IDS: readonly string[] }>('excerptIds.ts'),
    load<{ sources: Readonly<Record<string, Source>> }>('sources.ts'),
    load<{ default: { articleLang: Lang } }>('meta.json'),
  ]);
  const known = {
    files: expectations(FILES, layerProps(LAYERS)),
    excerptIds: new Set(EXCERPT_IDS),
    sourceIds: new Set(Object.keys(sources)),
    names: fileLangs(own.articleLang),
  };
  return (fileName, text) => validateLayerFile(fileName, text, known).problems;
}
