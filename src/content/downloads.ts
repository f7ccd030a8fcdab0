import type { LayerCollection } from '../domain/features';
import { citedSourceIds, type FileNote } from '../domain/share';
import { FILES, type FileId } from './files';
import { sources } from './sources';

/** The note a downloaded copy of `file` carries: its terms and every source it rests on. */
export function fileNote(file: FileId, fc: LayerCollection): FileNote {
  const { terms } = FILES.find((f) => f.id === file)!;
  const ids = [...new Set([...terms.sources, ...citedSourceIds([fc])])];
  return {
    name: file,
    licence: terms.licence,
    derived_from: terms.derivedFrom,
    sources: ids.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, outlet: s.outlet, date: s.date, ...(s.url ? { url: s.url } : {}) }] : [];
    }),
  };
}
