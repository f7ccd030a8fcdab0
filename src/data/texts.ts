import { queryOptions } from '@tanstack/react-query';
import { story } from '../domain/story';

/**
 * The story's excerpts, notes and events' words: loaded once, when a context, a chapter or a day first needs them.
 * (Its own module, with no story read at load: the lazy tour imports it, and the bundler may then
 * run it before the entry has handed the story over.)
 */
export const storyTextsQuery = queryOptions({
  queryKey: ['story-texts'],
  queryFn: () => story().texts(),
  staleTime: Infinity,
  // A context waits for them once: a failure shows at once, and the next context asks again.
  retry: false,
});
