/**
 * A story's layer files name their features in English, every name's fallback, and in the
 * article's language. Each other language keeps its names in a table of its own
 * (geodata/names.<lang>.json), loaded with that language's words: a language the reader does not
 * choose costs the first view nothing. Pure: no DOM.
 */
import * as z from 'zod/mini';
import type { LayerCollection } from './features';
import { LANGS, type Lang } from './lang';

/** A language's names of the layer files' features: file id → feature id → name. */
export type NameTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The languages the layer files themselves name their features in. */
export const fileLangs = (articleLang: Lang): Lang[] => [...new Set<Lang>(['en', articleLang])];

/** The languages whose names are in tables of their own. */
export const tableLangs = (articleLang: Lang): Lang[] => LANGS.filter((l) => !fileLangs(articleLang).includes(l));

type Named = { properties: { id: string } & Partial<Record<`name_${Lang}`, string>> };

/**
 * Takes the names in `langs` out of a file's features, into one table per language (of this file
 * alone); an empty name (an unnamed river) has no entry.
 */
export function splitNames<F extends Named>(features: readonly F[], langs: readonly Lang[]): { features: F[]; tables: Partial<Record<Lang, Record<string, string>>> } {
  const tables: Partial<Record<Lang, Record<string, string>>> = {};
  const out = features.map((f) => {
    const properties = { ...f.properties };
    for (const lang of langs) {
      const name = properties[`name_${lang}`];
      delete properties[`name_${lang}`];
      if (name) (tables[lang] ??= {})[properties.id] = name;
    }
    return { ...f, properties };
  });
  return { features: out, tables };
}

const merged = new WeakMap<LayerCollection, WeakMap<object, LayerCollection>>();

/**
 * The collection with each feature the table names carrying that name as `name_<lang>`. The same
 * table and collection give the same object back, so the map redraws a file once per language.
 */
export function withNames(fc: LayerCollection, table: Readonly<Record<string, string>> | undefined, lang: Lang): LayerCollection {
  if (!table) return fc;
  const byTable = merged.get(fc) ?? new WeakMap<object, LayerCollection>();
  merged.set(fc, byTable);
  const hit = byTable.get(table);
  if (hit) return hit;
  const out = {
    ...fc,
    features: fc.features.map((f) => {
      const name = table[f.properties.id];
      return name === undefined ? f : { ...f, properties: { ...f.properties, [`name_${lang}`]: name } };
    }),
  };
  byTable.set(table, out);
  return out;
}

/**
 * What a language's table lacks or holds in vain against the layer files: a named feature without
 * a name in it, an entry for a file or feature that does not exist.
 */
export function tableProblems(table: NameTable, files: Readonly<Record<string, readonly Named[]>>, lang: Lang): string[] {
  const out: string[] = [];
  for (const [file, features] of Object.entries(files)) {
    const names = table[file] ?? {};
    const ids = new Set(features.map((f) => f.properties.id));
    for (const f of features) {
      if (f.properties.name_en && !names[f.properties.id]) out.push(`names.${lang}.json: ${file}: ${f.properties.id}: no name in "${lang}"`);
    }
    for (const id of Object.keys(names)) if (!ids.has(id)) out.push(`names.${lang}.json: ${file}: ${id}: no such feature`);
  }
  for (const file of Object.keys(table)) if (!(file in files)) out.push(`names.${lang}.json: ${file}: no such file`);
  return out;
}

const tableSchema = z.record(z.string(), z.record(z.string(), z.string()));

/** A names table's text read, or what is wrong with it, naming the file. */
export function parseNameTable(fileName: string, text: string): { table: NameTable } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `${fileName}: not JSON (${(e as Error).message})` };
  }
  const r = tableSchema.safeParse(value);
  return r.success ? { table: r.data } : { problem: `${fileName}: not a table of names by file and feature id (${r.error.issues[0]?.path.join('.') || 'the top'})` };
}
