/** The figures one bench run records, as results.json keeps them. */

export type Target = 'app' | 'baseline';
export type Kind = 'js' | 'css' | 'data' | 'fonts' | 'other';
export const KINDS: Kind[] = ['js', 'css', 'data', 'fonts', 'other'];

export interface Meta {
  date: string;
  chromium: string;
  node: string;
  cores: number;
  /** The machine's 1-minute load average when the bench started and when it ended: above the core count, figures are noisy. */
  load: { start: number; end: number };
  cpu: string;
  memoryBytes: number;
  runs: number;
  clicks: number;
  viewport: { width: number; height: number };
  locale: string;
  mapSize: { w: number; h: number };
  retries: string[];
  durationSeconds: number;
}
export interface FileBytes {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Brotli at quality 11, for comparison: what precompressed files would weigh. */
  brotli: number;
  /** How many times the page asked for it before its first idle. */
  requests: number;
}
export interface Run {
  target: Target;
  index: number;
  firstIdleMs: number;
  mapLoadMs: number | null;
  domContentLoadedMs: number;
  bytes: {
    gzip: Record<Kind | 'total', number>;
    raw: Record<Kind | 'total', number>;
    brotli: Record<Kind | 'total', number>;
    requests: number;
    files: FileBytes[];
  };
  heap: { usedAfterGc: number; jsHeapUsedSize: number };
  pan: { ms: number; renders: number; frames: number; commits: number };
  commitsDuringLoad: number;
  /** MapLibre renders from the map's creation to its first idle. */
  rendersDuringLoad: number;
  /** Each click: to its heading, to the frame after it, and the map's renders until it settles. */
  clicks: { target: string; ms: number; frameMs: number; renders: number }[];
  errors: string[];
}

/** The first view's download (gzip) with the page opened in one language. */
export interface LangBytes {
  lang: string;
  gzip: number;
}
