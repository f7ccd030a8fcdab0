/**
 * Hands the story to the engine. The entry imports this first, so the story is set before
 * any engine module reads it. `@story` is the story folder the build was asked for
 * (vite.config.ts: STORY, by default this article's).
 */
import { setStory } from './domain/story';
import { story } from '@story';

setStory(story);
