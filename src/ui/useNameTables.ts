import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { nameTableQuery } from '../data/queries';
import { tableLangs, type NameTable } from '../domain/names';
import type { NameTables } from '../domain/search';
import { story } from '../domain/story';

const TABLE_LANGS = tableLangs(story().articleLang);

/** The queries of every language's names table, none of which fetches until `wanted`. */
export const nameTablesQueries = (wanted: boolean) => TABLE_LANGS.map((lang) => ({ ...nameTableQuery(lang), enabled: wanted }));

/** The tables that have arrived, by language (react-query runs this again only when a result changes). */
export const arrivedTables = (results: UseQueryResult<NameTable>[]): NameTables =>
  Object.fromEntries(TABLE_LANGS.flatMap((lang, i) => (results[i]?.data ? [[lang, results[i].data]] : [])));

/**
 * Every language's names table (`names.<lang>.json`), for a search in any language whatever the
 * page's. Until `wanted` none is fetched, so the first view costs no more; the page's own table
 * (loaded with the language by useLayerFiles) is there from the cache all the same. A table that is
 * loading or failed is absent, quietly: the search goes on with the names it has.
 */
export function useNameTables(wanted: boolean): NameTables {
  return useQueries({ queries: nameTablesQueries(wanted), combine: arrivedTables });
}
