import { useSyncExternalStore } from 'react';
import { defaultLayers } from '../content/layers';
import { formatUrl, parseUrl, preferredLang, type Lang, type LayerId, type View } from '../domain/url';

/** The app's state, which is the URL: reload restores it and back/forward walk the selections. */
export interface AppState {
  lang: Lang;
  view?: View;
  layers: LayerId[];
  sel: string | null;
  debug: boolean;
  embed: boolean;
}

function fromLocation(): AppState {
  const url = parseUrl(window.location.search);
  return {
    lang: url.lang ?? preferredLang(navigator.languages),
    view: url.view,
    layers: url.layers ?? defaultLayers(),
    sel: url.sel ?? null,
    debug: url.debug,
    embed: url.embed,
  };
}

let state = fromLocation();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

const write = (mode: 'push' | 'replace') => {
  const url = formatUrl({ ...state, sel: state.sel ?? undefined }) || window.location.pathname;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
};

export const urlStore = {
  get: (): AppState => state,
  /** A new selection is a step in history; everything else amends the current step. */
  update(patch: Partial<AppState>): void {
    const next = { ...state, ...patch };
    const stepped = 'sel' in patch && patch.sel !== state.sel;
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
  const next = { ...state, ...patch };
  const query = formatUrl({ ...next, sel: next.sel ?? undefined });
  return new URL(query || window.location.pathname, window.location.href).href;
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(urlStore.subscribe, () => select(state));
}
