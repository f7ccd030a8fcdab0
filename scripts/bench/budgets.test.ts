import { describe, expect, it } from 'vitest';
import { judge, judgeScale, summarise } from './budgets';
import { BUDGET } from './config';
import { passing, run } from './runs.fixture';

describe('summarise', () => {
  const s = summarise(passing());

  it('takes the median of each figure on each side', () => {
    expect(s.app.firstIdleMs).toMatchObject({ median: 2200, min: 2100, max: 2600, n: 3 });
    expect(s.baseline.firstIdleMs.median).toBe(2000);
    expect(s.app.bytesGzip.total.median).toBe(460_000);
    expect(s.app.bytesGzip.css.median).toBe(0);
    expect(s.click).toMatchObject({ median: 52.5, min: 40, max: 70, n: 6 });
    expect(s.clickFrame.median).toBe(68.5);
  });

  it('divides the app’s medians by the baseline’s', () => {
    expect(s.ratios.firstIdle).toBeCloseTo(1.1, 10);
    expect(s.ratios.bytes).toBeCloseTo(460 / 440, 10);
    expect(s.ratios.panRenders).toBeCloseTo(170 / 175, 10);
    expect(s.ratios.heap).toBeCloseTo(2.1, 10);
  });

  it('also pairs each app run with the baseline run of the same index', () => {
    // 2200/2000 = 1.10, 2100/1900 = 1.11, 2600/2050 = 1.27: the middle one, not the 1.10 of the medians.
    expect(s.pairedRatios.firstIdle).toBeCloseTo(2100 / 1900, 10);
    expect(s.pairedRatios.panRenders).toBeCloseTo(170 / 180, 10);
  });
});

describe('judge', () => {
  it('passes every budget of a good bench, with the room left', () => {
    const verdicts = judge(summarise(passing()));
    expect(verdicts.map((v) => v.name)).toEqual([
      'first-view download vs baseline',
      'first-view download',
      'time to first idle vs baseline',
      'click to context',
      'frames during the pan vs baseline',
      'React commits during the pan',
      'geodata of the first view',
    ]);
    expect(verdicts.every((v) => v.pass)).toBe(true);
    expect(verdicts[3]).toEqual({ name: 'click to context', figure: '53 ms', limit: '< 100 ms', pass: true, margin: 'room 48 ms' });
    expect(verdicts[2]!.figure).toBe('2200 ms / 2000 ms = 1.10×');
  });

  it('fails each budget that is missed, saying by how much', () => {
    const runs = [
      run('app', 0, { js: 700_000, data: 260_000, idle: 3000, renders: 100, heap: 1, commits: 2, clicks: [150] }),
      run('baseline', 0, { js: 280_000, data: 160_000, idle: 2000, renders: 180, heap: 1 }),
    ];
    const verdicts = judge(summarise(runs));
    expect(verdicts.filter((v) => v.pass)).toEqual([]);
    const byName = Object.fromEntries(verdicts.map((v) => [v.name, v]));
    expect(byName['first-view download']).toMatchObject({ figure: '960.0 KB', margin: 'over by 160.0 KB' });
    expect(byName['time to first idle vs baseline']!.margin).toBe('over by 500 ms');
    expect(byName['click to context']!.margin).toBe('over by 50 ms');
    expect(byName['frames during the pan vs baseline']!.margin).toBe('over by 62.0 frames');
    expect(byName['React commits during the pan']).toMatchObject({ figure: '2 (max 2)', margin: 'over by 2 commits' });
    expect(byName['geodata of the first view']!.margin).toBe('over by 10.0 KB');
  });

  it('holds the first view to 1.25× the baseline’s download', () => {
    const bytes = (js: number) =>
      judge(summarise([run('app', 0, { js, data: 160_000, idle: 1, renders: 1, heap: 1 }), run('baseline', 0, { js: 240_000, data: 160_000, idle: 1, renders: 1, heap: 1 })]))[0]!;
    // The baseline downloads 400 KB: 500 KB is the limit.
    expect(bytes(340_000)).toMatchObject({ pass: true, limit: '≤ 1.25×', margin: 'room 0.0 KB' });
    expect(bytes(341_000)).toMatchObject({ pass: false, margin: 'over by 1.0 KB' });
    expect(bytes(330_000)).toMatchObject({ pass: true, margin: 'room 10.0 KB' });
  });

  it('judges against the budgets it is given', () => {
    const strict = { ...BUDGET, clickMs: 50 };
    expect(judge(summarise(passing()), strict).find((v) => v.name === 'click to context')!.pass).toBe(false);
  });
});

describe('judgeScale', () => {
  it('holds a larger story to the click and pan budgets only, named with its size', () => {
    const verdicts = judgeScale(summarise(passing()), 100);
    expect(verdicts.map((v) => [v.name, v.pass])).toEqual([
      ['100× story: click to context', true],
      ['100× story: frames during the pan vs baseline', true],
    ]);
  });

  it('fails a larger story that misses them, whatever its download or first idle', () => {
    const runs = [
      run('app', 0, { js: 9e6, data: 9e6, idle: 9000, renders: 100, heap: 1, clicks: [180, 120] }),
      run('baseline', 0, { js: 280_000, data: 9e6, idle: 2000, renders: 180, heap: 1 }),
    ];
    const verdicts = judgeScale(summarise(runs), 10);
    expect(verdicts.map((v) => [v.name, v.figure, v.pass, v.margin])).toEqual([
      ['10× story: click to context', '150 ms', false, 'over by 50 ms'],
      ['10× story: frames during the pan vs baseline', '100 / 180 = 0.56×', false, 'over by 62.0 frames'],
    ]);
  });
});
