import type { ParseKeys } from 'i18next';
import { namesOf, NO_NAMES, selectionId, type BaseProps, type Figure, type LayerCollection, type Names } from './features';
import { fileIds, story, type FileId, type ListDef } from './story';

const { layers: LAYERS, files: FILES, routes: ROUTES } = story();
const FILE_IDS = fileIds();

/** The layer files that have arrived, by file id. */
export type Collections = { [file: FileId]: LayerCollection };

/** Everything the map knows about one selectable thing, gathered from every file. */
export interface Entity extends Names {
  id: string;
  kind: string;
  /** What the panel says of its part in the story (a style of the areas that draw it). */
  role?: ParseKeys;
  excerpts: string[];
  figures: Figure[];
  dates: { date: string; source: string }[];
  /** Great-circle distance to Almaty, for a route only. */
  routeKm?: number;
  files: FileId[];
}

const KINDS = new Map(FILES.map((f) => [f.id, f.kind]));
const kindOf = (file: FileId, p: BaseProps): string => p.kind ?? KINDS.get(file) ?? 'place';

const areas = LAYERS.flatMap((l) => l.parts.flatMap((p) => (p.kind === 'area' ? [{ file: l.file.id, part: p }] : [])));

/** The role of a feature of `file`: the style its areas are drawn in by their property's value. */
function roleOf(file: FileId, p: BaseProps): ParseKeys | undefined {
  for (const { part } of areas.filter((a) => a.file === file)) {
    const value = part.by && p[part.by];
    const role = part.styles.find((s) => s.value === value)?.role;
    if (role) return role;
  }
  return undefined;
}

/** What a panel says of a country that no layer's areas give a role. */
const OTHERS = areas.find((a) => a.part.others)?.part.others;

/** Thematic files describe a thing better than the base map does, so they come first. */
const ORDER: readonly FileId[] = [...new Set([...LAYERS.map((l) => l.file.id), ...FILE_IDS])];

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
        entity = { id, ...NO_NAMES, kind: '', excerpts: [], figures: [], dates: [], files: [] };
      }
      // Names and kind come from the feature that is the thing itself, not a symbol of it.
      if (p.id === id && !entity.name_en) {
        Object.assign(entity, namesOf(p));
        entity.kind = kindOf(file, p);
      }
      entity.role ??= roleOf(file, p);
      add(entity.excerpts, p.excerpts, (x) => x);
      add(entity.figures, p.figures, (x) => `${x.kind}:${x.value}:${x.source}`);
      if (p.date && p.date_source) add(entity.dates, [{ date: p.date, source: p.date_source }], (x) => x.date);
      // Only a route has a distance to where it leads; a border's length is no distance to anywhere.
      if (p.length_km !== undefined && ROUTES?.kinds.includes(p.kind ?? '')) entity.routeKm = p.length_km;
      if (!entity.files.includes(file)) entity.files.push(file);
    }
  }
  if (entity && !entity.name_en) return null;
  if (entity?.kind === 'country') entity.role ??= OTHERS;
  return entity;
}

export interface ListGroup {
  key: string;
  label: ListDef['label'];
  items: ({ id: string } & Names)[];
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
        items.push({ id: p.id, ...namesOf(p) });
      }
    }
    return { key, label, items };
  });
}
