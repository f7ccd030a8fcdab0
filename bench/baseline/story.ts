/**
 * The story's parts the map itself needs (its files, layers, home view and contributors),
 * handed to the engine as the app's entry does, without the text the app's panels show:
 * the baseline is MapLibre and the style alone.
 */
import { setStory, type Story } from '../../src/domain/story';
import { CONTRIBUTORS, events } from '../../src/stories/kazakhstan-2022/events';
import { FILES } from '../../src/stories/kazakhstan-2022/files';
import { fileUrl } from '../../src/stories/kazakhstan-2022/geodata';
import { homeBounds, LAYERS } from '../../src/stories/kazakhstan-2022/layers';

setStory({
  files: FILES,
  layers: LAYERS,
  homeBounds,
  events,
  contributors: CONTRIBUTORS,
  fileUrl,
} as Partial<Story> as Story);
