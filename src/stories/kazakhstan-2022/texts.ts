/** The excerpts, the notes and the events' words, one chunk that loads when a context, a chapter or a day first shows them. */
import type { StoryTexts } from '../../domain/story';
import { excerpts } from './excerpts';
import { eventLabels } from './eventLabels';
import { notes } from './notes';

export const texts: StoryTexts = { excerpts, notes, events: eventLabels };
