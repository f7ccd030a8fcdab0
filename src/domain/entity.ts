import { selectionId, type BaseProps, type Figure, type LayerCollection } from './features';
import { fileIds, story, type FileId, type ListDef } from './story';

const { layers: LAYERS } = story();
const FILE_IDS = fileIds();

/** The layer files that have arrived, by file id. */
export type Collections = { [file: FileId]: LayerCollection };

/** Everything the map knows about one selectable thing, gathered from every file. */
export interface Entity {
  id: string;
  name_en: string;
  name_ar: string;
  kind: string;
  role?: BaseProps['role'];
  excerpts: string[];
  figures: Figure[];
  dates: { date: string; source: string }[];
  /** Great-circle distance to Almaty, for a route only. */
  routeKm?: number;
  files: FileId[];
}

const kindOf = (file: FileId, p: BaseProps): string =>
  p.kind ?? (file === 'countries' || file === 'csto' ? 'country' : file === 'regions' ? 'region' : 'place');

/** The lines that lead to Almaty: troop routes and the protests' spread. */
const ROUTE_KINDS = new Set(['route', 'spread']);

/** Thematic files describe a thing better than the base map does, so they come first. */
const ORDER: readonly FileId[] = [...new Set([...LAYERS.map((l) => l.file), ...FILE_IDS])];

export function findEntity(id: string, data: Collections): Entity | null {
  let entity: Entity | null = null;
  const add = <T>(list: T[], items: readonly T[] | undefined, key: (t: T) => string) => {
    for (const item of items ?? []) if (!list.some((x) => key(x) === key(item))) list.push(item);
  };
  for (const file of ORDER) {
    for (const f of data[file]?.features ?? []) {
      const p = f.properties;
      if (selectionId(p) !== id) continue;
      if (!entity) {
        entity = { id, name_en: '', name_ar: '', kind: '', excerpts: [], figures: [], dates: [], files: [] };
      }
      // Names and kind come from the feature that is the thing itself, not a symbol of it.
      if (p.id === id && !entity.name_en) {
        entity.name_en = p.name_en;
        entity.name_ar = p.name_ar;
        entity.kind = kindOf(file, p);
      }
      entity.role ??= p.role;
      add(entity.excerpts, p.excerpts, (x) => x);
      add(entity.figures, p.figures, (x) => `${x.kind}:${x.value}:${x.source}`);
      if (p.date && p.date_source) add(entity.dates, [{ date: p.date, source: p.date_source }], (x) => x.date);
      // Only a route has a distance to Almaty; a border's length is no distance to anywhere.
      if (p.length_km !== undefined && ROUTE_KINDS.has(p.kind ?? '')) entity.routeKm = p.length_km;
      if (!entity.files.includes(file)) entity.files.push(file);
    }
  }
  if (entity && !entity.name_en) return null;
  return entity;
}

export interface ListGroup {
  key: string;
  label: ListDef['label'];
  items: { id: string; name_en: string; name_ar: string }[];
}

/** The keyboard route to everything the map offers: each selectable thing once, by the story's groups. */
export function listEntities(data: Collections): ListGroup[] {
  return story().lists.map(({ key, label, files, kinds }) => {
    const seen = new Set<string>();
    const items: ListGroup['items'] = [];
    for (const file of files) {
      for (const { properties: p } of data[file]?.features ?? []) {
        if (p.ref || (kinds && !kinds.includes(p.kind ?? '')) || seen.has(p.id)) continue;
        seen.add(p.id);
        items.push({ id: p.id, name_en: p.name_en, name_ar: p.name_ar });
      }
    }
    return { key, label, items };
  });
}
