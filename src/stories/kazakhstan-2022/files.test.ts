import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../domain/features';
import { fileNote } from '../../domain/share';
import { fileIds } from '../../domain/story';
import { FILES } from './files';

const FILE_IDS = fileIds(FILES);
import { LAYERS } from './layers';
import { sources } from './sources';

const noteOf = (file: string) => fileNote(FILES.find((f) => f.id === file)!, read(file), sources);
const read = (file: string): LayerCollection =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}.geojson`, import.meta.url), 'utf8')) as LayerCollection;

describe('fileNote', () => {
  it.each(FILE_IDS)('%s names its licence and only known sources', (file) => {
    const note = noteOf(file);
    expect(note.name).toBe(file);
    expect(note.licence).toContain('Natural Earth');
    expect(note.sources.map((s) => s.id)).toContain('natural-earth');
    for (const s of note.sources) expect(sources[s.id]?.outlet).toBe(s.outlet);
  });

  it('lists every source the CSTO figures cite, with its address as text', () => {
    const note = noteOf('csto');
    const ids = note.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['article', 'panorama-2022-01-07', 'asiaplus-2022-01-06', 'apostrophe-2022-01-06']));
    expect(note.sources.find((s) => s.id === 'panorama-2022-01-07')?.url).toMatch(/^https:\/\//);
  });

  it('the registry names every file once, each with a geodata file, and every layer a file of it', () => {
    expect(new Set(FILE_IDS).size).toBe(FILES.length);
    for (const file of FILE_IDS) expect(() => read(file), file).not.toThrow();
    for (const layer of LAYERS) expect(FILE_IDS, layer.id).toContain(layer.file.id);
  });
});
