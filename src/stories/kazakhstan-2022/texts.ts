/** The excerpts and the notes, one chunk that loads when a context or a chapter first shows them. */
import type { StoryTexts } from '../../domain/story';
import { excerpts } from './excerpts';
import { notes } from './notes';

export const texts: StoryTexts = { excerpts, notes };
