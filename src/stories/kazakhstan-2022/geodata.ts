import type { Lang } from '../../domain/lang';
import type { FileId } from '../../domain/story';

// Hashed names in the build, so the files cache for good.
const urls = import.meta.glob<string>('../../../geodata/*.geojson', { query: '?url', import: 'default', eager: true });

/** Where one of the story's layer files is served; undefined for a file the build does not have. */
export const fileUrl = (file: FileId): string | undefined => urls[`../../../geodata/${file}.geojson`];

const tables = import.meta.glob<string>('../../../geodata/names.*.json', { query: '?url', import: 'default', eager: true });

/** Where a language's names table is served (src/domain/names.ts); undefined for a language the files name themselves. */
export const namesUrl = (lang: Lang): string | undefined => tables[`../../../geodata/names.${lang}.json`];
