/** Where the bench reads and writes, what it runs, and the budgets it judges. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const ROOT = here('../..');
export const DIST = join(ROOT, 'dist');
export const BENCH_OUT = join(ROOT, 'bench/out');
/** A copy of dist/ taken right after the build: a rebuild elsewhere cannot pull files from under a run. */
export const APP_OUT = join(BENCH_OUT, 'app');
export const BASELINE_OUT = join(BENCH_OUT, 'baseline');
export const RESULTS = join(ROOT, 'bench/results.json');
export const README = join(ROOT, 'bench/README.md');

/** Runs per page and clicks per app run, from BENCH_RUNS (default 5) and BENCH_CLICKS (clicks in all, default 20). */
export function options(env: Record<string, string | undefined>): { runs: number; clicksPerRun: number } {
  const runs = Math.max(1, Number(env.BENCH_RUNS ?? 5));
  const clicks = Math.max(2, Number(env.BENCH_CLICKS ?? 20));
  return { runs, clicksPerRun: Math.ceil(clicks / runs) };
}

/**
 * The larger stories to measure, from BENCH_SCALE (factors separated by commas, default 10,100;
 * 0 for none), and runs per page for each, from BENCH_SCALE_RUNS (default 3).
 */
export function scaleOptions(env: Record<string, string | undefined>): { factors: number[]; runs: number } {
  const raw = env.BENCH_SCALE ?? SCALE_FACTORS.join(',');
  const factors = raw === '0' ? [] : raw.split(',').map((f) => Number(f.trim()));
  const bad = factors.filter((f) => !Number.isInteger(f) || f < 2);
  if (bad.length) throw new Error(`BENCH_SCALE: ${bad.join(', ')} is not a whole factor ≥ 2 (e.g. BENCH_SCALE=10,100, or 0 for none)`);
  return { factors: [...new Set(factors)].sort((a, b) => a - b), runs: Math.max(1, Number(env.BENCH_SCALE_RUNS ?? 3)) };
}
export const SCALE_FACTORS = [10, 100];
/** The story size whose figures the scale budgets judge. */
export const SCALE_BUDGET_FACTOR = 100;

export const VIEWPORT = { width: 1280, height: 800 };
export const LOCALE = 'en-GB';
export const KB = 1000;

/** Two features that each open the context panel; clicks alternate so each one changes it. */
export const CLICK_TARGETS = [
  { name: 'Almaty', lon: 76.915, lat: 43.325, heading: '^Almaty' },
  { name: 'Zhanaozen', lon: 52.8, lat: 43.3004, heading: '^Zhanaozen$' },
] as const;

/** Limits on the medians; each names the figure it judges. */
export const BUDGET = {
  bytesRatio: 1.25,
  bytesTotal: 800 * KB,
  idleRatio: 1.25,
  clickMs: 100,
  framesRatio: 0.9,
  commits: 0,
  geodata: 250 * KB,
};
export type Budget = typeof BUDGET;
