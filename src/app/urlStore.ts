import { useSyncExternalStore } from 'react';
import { formatUrl, parseUrl, preferredLang, type LayerId, type Panel, type View } from '../domain/url';
import { type Lang } from '../domain/lang';
import { defaultLayers, layerIds } from '../domain/story';

const LAYER_IDS = layerIds();

/** The app's state, which is the URL: reload restores it and back/forward walk the selections. */
export interface AppState {
  lang: Lang;
  view?: View;
  layers: LayerId[];
  sel: string | null;
  /** The tour's step (1-based), or null when not touring. */
  chapter: number | null;
  /** The timeline's day, or null for every day. */
  date: string | null;
  panel: Panel;
  debug: boolean;
  embed: boolean;
}

function fromLocation(): AppState {
  const url = parseUrl(window.location.search, LAYER_IDS);
  return {
    lang: url.lang ?? preferredLang(navigator.languages),
    view: url.view,
    layers: url.layers ?? defaultLayers(),
    sel: url.sel ?? null,
    chapter: url.chapter ?? null,
    date: url.date ?? null,
    panel: url.panel ?? 'context',
    debug: url.debug,
    embed: url.embed,
  };
}

let state = fromLocation();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** The query string of a state (the app keeps "none" as null, the URL leaves it out). */
const query = (s: AppState): string =>
  formatUrl({ ...s, sel: s.sel ?? undefined, chapter: s.chapter ?? undefined, date: s.date ?? undefined });

const write = (mode: 'push' | 'replace') => {
  const url = query(state) || window.location.pathname;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
};

export const urlStore = {
  get: (): AppState => state,
  /**
   * A new selection, chapter or panel is a step in history (Back from the context returns to the
   * article and its mark); everything else amends the current step.
   */
  update(patch: Partial<AppState>): void {
    const next = { ...state, ...patch };
    const stepped = next.sel !== state.sel || next.chapter !== state.chapter || next.panel !== state.panel;
    state = next;
    write(stepped ? 'push' : 'replace');
    // The camera lives in the map; React has nothing to redraw for it.
    if (Object.keys(patch).some((k) => k !== 'view')) emit();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

window.addEventListener('popstate', () => {
  state = fromLocation();
  emit();
});

/** The address of the current state with some keys changed, for a link or another page. */
export function linkTo(patch: Partial<AppState>): string {
  return new URL(query({ ...state, ...patch }) || window.location.pathname, window.location.href).href;
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(urlStore.subscribe, () => select(state));
}
