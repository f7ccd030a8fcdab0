import { describe, expect, it } from 'vitest';
import { options } from './config';

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
