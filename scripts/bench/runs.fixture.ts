/** Made-up runs for the bench's unit tests. */
import { byKind } from './bytes';
import type { FileBytes, Run, Target } from './types';

export interface Figures {
  js: number;
  data: number;
  idle: number;
  renders: number;
  heap: number;
  commits?: number;
  clicks?: number[];
}

export function run(target: Target, index: number, f: Figures): Run {
  const files: FileBytes[] = [
    { path: '/assets/index.js', kind: 'js', raw: f.js * 3, gzip: f.js, brotli: f.js * 0.9, requests: 1 },
    { path: '/geodata/countries.geojson', kind: 'data', raw: f.data * 3, gzip: f.data, brotli: f.data * 0.9, requests: 1 },
  ];
  return {
    target,
    index,
    firstIdleMs: f.idle,
    mapLoadMs: f.idle / 2,
    domContentLoadedMs: 100,
    bytes: { ...byKind(files), requests: 2, files },
    heap: { usedAfterGc: f.heap, jsHeapUsedSize: f.heap },
    pan: { ms: 3000, renders: f.renders, frames: f.renders + 10, commits: f.commits ?? 0 },
    commitsDuringLoad: target === 'app' ? 4 : 0,
    rendersDuringLoad: 20,
    clicks: (f.clicks ?? []).map((ms, i) => ({ target: i % 2 ? 'Zhanaozen' : 'Almaty', ms, frameMs: ms + 16, renders: 1 })),
    errors: [],
  };
}

/** Three runs each: the app a little heavier and slower than the baseline, within every budget. */
export const passing = (): Run[] => [
  run('app', 0, { js: 300_000, data: 160_000, idle: 2200, renders: 170, heap: 20e6, clicks: [40, 60] }),
  run('baseline', 0, { js: 280_000, data: 160_000, idle: 2000, renders: 180, heap: 10e6 }),
  run('baseline', 1, { js: 280_000, data: 160_000, idle: 1900, renders: 175, heap: 10e6 }),
  run('app', 1, { js: 300_000, data: 160_000, idle: 2100, renders: 160, heap: 21e6, clicks: [50, 70] }),
  run('app', 2, { js: 300_000, data: 160_000, idle: 2600, renders: 175, heap: 22e6, clicks: [45, 55] }),
  run('baseline', 2, { js: 280_000, data: 160_000, idle: 2050, renders: 170, heap: 11e6 }),
];
