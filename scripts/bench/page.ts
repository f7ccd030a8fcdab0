/**
 * In-page instruments: functions serialised into the page by playwright, so they close over
 * nothing of this module.
 */
import type { Run } from './types';

export interface BenchWindow {
  __bench: {
    commits: number;
    renders: number;
    firstIdle: number | null;
    rendersToIdle: number;
    mapLoad: number | null;
    pending?: Promise<{ ms: number; frameMs: number } | null>;
  };
  __map?: import('maplibre-gl').Map;
}

/**
 * Runs before any page script: a React DevTools hook stub that counts commits, and a setter
 * on window.__map that, when the page exposes its map, counts renders and notes the time of
 * the first `idle` at which every layer file is on the map.
 */
export function instrument(files: readonly string[]): void {
  const w = window as unknown as BenchWindow & Record<string, unknown>;
  const b: BenchWindow['__bench'] = { commits: 0, renders: 0, firstIdle: null, rendersToIdle: 0, mapLoad: null };
  w.__bench = b;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      b.commits++;
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onScheduleFiberRoot: () => {},
    setStrictMode: () => {},
    checkDCE: () => {},
  };
  let current: BenchWindow['__map'];
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set(map: NonNullable<BenchWindow['__map']>) {
      current = map;
      if (map.loaded()) b.mapLoad = performance.now();
      else map.once('load', () => (b.mapLoad = performance.now()));
      map.on('render', () => b.renders++);
      const ready = () =>
        map.loaded() &&
        map.areTilesLoaded() &&
        files.every((f) => {
          const data = (map.getSource(f)?.serialize() as { data?: { features?: unknown[] } } | undefined)?.data;
          return (data?.features?.length ?? 0) > 0;
        });
      const onIdle = () => {
        if (b.firstIdle === null && ready()) {
          b.firstIdle = performance.now();
          b.rendersToIdle = b.renders;
          map.off('idle', onIdle);
        }
      };
      map.on('idle', onIdle);
    },
  });
}

/**
 * Three seconds of camera moves from the first view, the same for both pages: four 750 ms
 * linear eases started on a fixed clock (a step that has not finished when the next starts is
 * cut short, so slow drawing cannot stretch the window). Counts what happens in those 3 s.
 */
export async function panScript(): Promise<Run['pan']> {
  const w = window as unknown as BenchWindow;
  const map = w.__map!;
  const b = w.__bench;
  const c = map.getCenter();
  const z = map.getZoom();
  const steps = [
    { center: [c.lng + 8, c.lat + 2] as [number, number], zoom: z },
    { center: [c.lng + 8, c.lat + 2] as [number, number], zoom: z + 1.5 },
    { center: [c.lng - 4, c.lat - 1] as [number, number], zoom: z + 1.5 },
    { center: [c.lng, c.lat] as [number, number], zoom: z },
  ];
  const STEP = 750;
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames++;
    requestAnimationFrame(tick);
  };
  const renders0 = b.renders;
  const commits0 = b.commits;
  const t0 = performance.now();
  requestAnimationFrame(tick);
  steps.forEach((step, i) =>
    setTimeout(() => map.easeTo({ ...step, duration: STEP, easing: (t) => t, essential: true }), i * STEP),
  );
  const figures = await new Promise<Run['pan']>((done) =>
    setTimeout(() => {
      running = false;
      done({ ms: performance.now() - t0, renders: b.renders - renders0, frames, commits: b.commits - commits0 });
    }, steps.length * STEP),
  );
  // Let the last ease finish before anything else is measured.
  if (map.isMoving()) await new Promise<void>((done) => map.once('moveend', () => done()));
  return figures;
}

/** Arms the timer for the next click: from the click's dispatch to the heading in the panel. */
export function armClick(heading: string): void {
  const w = window as unknown as BenchWindow;
  const aside = document.querySelector('aside') as HTMLElement;
  const pattern = new RegExp(heading);
  let t0: number | null = null;
  window.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
  w.__bench.pending = new Promise((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    const observer = new MutationObserver(() => {
      const text = aside.querySelector('h2')?.textContent ?? '';
      if (t0 === null || !pattern.test(text)) return;
      const ms = performance.now() - t0;
      const start = t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ ms, frameMs: performance.now() - start }));
    });
    observer.observe(aside, { subtree: true, childList: true, characterData: true });
  });
}

/** Resolves once the map has stopped and drawn everything it has. */
export function settled(): Promise<void> {
  const map = (window as unknown as BenchWindow).__map!;
  return new Promise((done) => {
    if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) requestAnimationFrame(() => done());
    else map.once('idle', () => done());
    setTimeout(done, 5000);
  });
}
