/**
 * Kazakhstan, January 2022: the CSTO intervention, as the Arabic article of 13 January 2022
 * tells it. The story's one entry: everything the engine draws of it.
 */
import type { ReaderContent, Story } from '../../domain/story';
import type { Chapter } from '../../domain/chapters';
import { CONTRIBUTORS, events } from './events';
import { excerpts } from './excerpts';
import { FILES } from './files';
import { fileUrl } from './geodata';
import { homeBounds, LAYERS } from './layers';
import { notes } from './notes';
import { sources } from './sources';
import { strings } from './strings';

let chapters: Promise<readonly Chapter[]> | undefined;
let reader: Promise<ReaderContent> | undefined;

export const story = {
  id: 'kazakhstan-2022',
  strings,
  files: FILES,
  fileUrl,
  layers: LAYERS,
  homeBounds,
  events,
  contributors: CONTRIBUTORS,
  excerpts,
  sources,
  notes,
  chapters: () => (chapters ??= import('./chapters').then((m) => m.chapters)),
  reader: () => (reader ??= import('./reader').then((m) => m.reader)),
} satisfies Story;
