import { describe, expect, it } from 'vitest';
import { options, scaleOptions } from './config';

describe('options', () => {
  it('runs five times with four clicks a run unless told otherwise', () => {
    expect(options({})).toEqual({ runs: 5, clicksPerRun: 4 });
  });

  it('spreads BENCH_CLICKS over BENCH_RUNS, rounding up', () => {
    expect(options({ BENCH_RUNS: '2', BENCH_CLICKS: '4' })).toEqual({ runs: 2, clicksPerRun: 2 });
    expect(options({ BENCH_RUNS: '3', BENCH_CLICKS: '10' })).toEqual({ runs: 3, clicksPerRun: 4 });
  });

  it('runs at least once and clicks at least twice', () => {
    expect(options({ BENCH_RUNS: '0', BENCH_CLICKS: '0' })).toEqual({ runs: 1, clicksPerRun: 2 });
  });
});

describe('scaleOptions', () => {
  it('measures the stories 10 and 100 times larger, three runs each, unless told otherwise', () => {
    expect(scaleOptions({})).toEqual({ factors: [10, 100], runs: 3 });
    expect(scaleOptions({ BENCH_SCALE: '100, 10,100', BENCH_SCALE_RUNS: '5' })).toEqual({ factors: [10, 100], runs: 5 });
  });

  it('measures none with BENCH_SCALE=0', () => {
    expect(scaleOptions({ BENCH_SCALE: '0' }).factors).toEqual([]);
  });

  it('names a factor it cannot use', () => {
    expect(() => scaleOptions({ BENCH_SCALE: '10,x' })).toThrow(/BENCH_SCALE: NaN is not a whole factor/);
    expect(() => scaleOptions({ BENCH_SCALE: '1' })).toThrow(/1 is not a whole factor ≥ 2/);
  });
});
