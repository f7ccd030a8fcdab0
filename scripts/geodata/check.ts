/** Runs the layer-file validator against the project's excerpts and sources, or another story's. */
import path from 'node:path';
import { excerpts } from '../../src/stories/kazakhstan-2022/excerpts';
import { expectations, type FileDef, type LayerDef, type Source } from '../../src/domain/story';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { LAYERS } from '../../src/stories/kazakhstan-2022/layers';
import { layerProps } from '../../src/map/kinds';
import { sources } from '../../src/stories/kazakhstan-2022/sources';
import { formatProblem, validateLayerFile, type Problem } from '../../src/domain/validate';

const files = expectations(FILES, layerProps(LAYERS));
export const excerptIds: ReadonlySet<string> = new Set(Object.keys(excerpts));
export const sourceIds: ReadonlySet<string> = new Set(Object.keys(sources));

/** Problems of one file, judged by the layer its name names. */
export function checkFile(fileName: string, text: string): Problem[] {
  return validateLayerFile(fileName, text, { files, excerptIds, sourceIds }).problems;
}

/** Formatted problems of several files (name → text). */
export function checkOutput(texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([name, text]) => checkFile(name, text).map(formatProblem));
}

/**
 * The check of another story's files (a test fixture's): by its `files.ts`, `layers.ts`, `excerptIds.ts`
 * and `sources.ts`, read at run time so that its strings' keys never type this project.
 */
export async function storyCheck(folder: string): Promise<(fileName: string, text: string) => Problem[]> {
  const load = <T>(name: string) => import(path.resolve(folder, name)) as Promise<T>;
  const [{ FILES }, { LAYERS }, { EXCERPT_IDS }, { sources }] = await Promise.all([
    load<{ FILES: readonly FileDef[] }>('files.ts'),
    load<{ LAYERS: readonly LayerDef[] }>('layers.ts'),
    load<{ EXCERPT_IDS: readonly string[] }>('excerptIds.ts'),
    load<{ sources: Readonly<Record<string, Source>> }>('sources.ts'),
  ]);
  const known = { files: expectations(FILES, layerProps(LAYERS)), excerptIds: new Set(EXCERPT_IDS), sourceIds: new Set(Object.keys(sources)) };
  return (fileName, text) => validateLayerFile(fileName, text, known).problems;
}
