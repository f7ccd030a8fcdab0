/**
 * The story's parts the map itself needs (its files, layers, home view, events and actors),
 * handed to the engine as the app's entry does, without the text the app's panels show:
 * the baseline is MapLibre and the style alone.
 */
import { setStory, type Story } from '../../src/domain/story';
import { ACTORS, events } from '../../src/stories/kazakhstan-2022/events';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { fileUrl } from '../../src/stories/kazakhstan-2022/geodata';
import { homeBounds, LAYERS } from '../../src/stories/kazakhstan-2022/layers';

/** Typed so that a part the map comes to need fails to build here, not in the bench's browser. */
const parts: Pick<Story, 'files' | 'layers' | 'homeBounds' | 'events' | 'actors' | 'fileUrl'> = {
  files: FILES,
  layers: LAYERS,
  homeBounds,
  events,
  actors: ACTORS,
  fileUrl,
};
setStory(parts as Story);
