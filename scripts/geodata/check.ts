/** Runs the layer-file validator against the project's excerpts and sources. */
import { excerpts } from '../../src/stories/kazakhstan-2022/excerpts';
import { expectations } from '../../src/domain/story';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { sources } from '../../src/stories/kazakhstan-2022/sources';
import { formatProblem, validateLayerFile, type Problem } from '../../src/domain/validate';

const files = expectations(FILES);
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
