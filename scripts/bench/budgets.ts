/** The runs summed up (medians, ratios to the baseline) and judged against the budgets. */
import { BUDGET, type Budget } from './config';
import { kb, ms, x } from './format';
import { median, stats, type Stats } from './stats';
import { KINDS, type Kind, type Run, type Target } from './types';

/** Medians and spreads of each figure for app and baseline, and the app's ratios to the baseline. */
export function summarise(runs: Run[]) {
  const of = (t: Target) => runs.filter((r) => r.target === t);
  const side = (t: Target) => {
    const rs = of(t);
    return {
      bytesGzip: Object.fromEntries([...KINDS, 'total'].map((k) => [k, stats(rs.map((r) => r.bytes.gzip[k as Kind]))])) as Record<
        Kind | 'total',
        Stats
      >,
      bytesRawTotal: stats(rs.map((r) => r.bytes.raw.total)),
      bytesBrotliTotal: stats(rs.map((r) => r.bytes.brotli.total)),
      requests: stats(rs.map((r) => r.bytes.requests)),
      firstIdleMs: stats(rs.map((r) => r.firstIdleMs)),
      panRenders: stats(rs.map((r) => r.pan.renders)),
      panFrames: stats(rs.map((r) => r.pan.frames)),
      panMs: stats(rs.map((r) => r.pan.ms)),
      panCommits: stats(rs.map((r) => r.pan.commits)),
      loadCommits: stats(rs.map((r) => r.commitsDuringLoad)),
      loadRenders: stats(rs.map((r) => r.rendersDuringLoad)),
      mapLoadMs: stats(rs.map((r) => r.mapLoadMs ?? NaN)),
      heapUsedAfterGc: stats(rs.map((r) => r.heap.usedAfterGc)),
      jsHeapUsedSize: stats(rs.map((r) => r.heap.jsHeapUsedSize)),
    };
  };
  const app = side('app');
  const baseline = side('baseline');
  const clicks = of('app').flatMap((r) => r.clicks);
  const click = stats(clicks.map((c) => c.ms));
  const clickFrame = stats(clicks.map((c) => c.frameMs));
  const clickRenders = stats(clicks.map((c) => c.renders));
  const ratios = {
    bytes: app.bytesGzip.total.median / baseline.bytesGzip.total.median,
    firstIdle: app.firstIdleMs.median / baseline.firstIdleMs.median,
    panRenders: app.panRenders.median / baseline.panRenders.median,
    panFrames: app.panFrames.median / baseline.panFrames.median,
    heap: app.heapUsedAfterGc.median / baseline.heapUsedAfterGc.median,
  };
  // The same ratios taken run by run (app and baseline of one run ran back to back), then the
  // median: less swayed by load that drifts over the minutes of a bench. Not a budget.
  const pair = (f: (r: Run) => number) =>
    median(of('app').map((a) => f(a) / f(of('baseline').find((b) => b.index === a.index)!)));
  const pairedRatios = { firstIdle: pair((r) => r.firstIdleMs), panRenders: pair((r) => r.pan.renders) };
  return { app, baseline, click, clickFrame, clickRenders, ratios, pairedRatios };
}
export type Summary = ReturnType<typeof summarise>;

export interface Verdict {
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
  /** Positive: room left; negative: by how much it is missed, in the figure's own terms. */
  margin: string;
}

/** Each budget's verdict on the medians. */
export function judge(s: Summary, budget: Budget = BUDGET): Verdict[] {
  const v = (name: string, pass: boolean, figure: string, limit: string, margin: string): Verdict => ({
    name,
    figure,
    limit,
    pass,
    margin: pass ? `room ${margin.replace(/^-/, '')}` : `over by ${margin.replace(/^-/, '')}`,
  });
  const appTotal = s.app.bytesGzip.total.median;
  const data = s.app.bytesGzip.data.median;
  return [
    v(
      'first-view download vs baseline',
      s.ratios.bytes <= budget.bytesRatio,
      `${kb(appTotal)} / ${kb(s.baseline.bytesGzip.total.median)} = ${x(s.ratios.bytes)}`,
      `≤ ${x(budget.bytesRatio)}`,
      `${kb(budget.bytesRatio * s.baseline.bytesGzip.total.median - appTotal)}`,
    ),
    v('first-view download', appTotal < budget.bytesTotal, kb(appTotal), `< ${kb(budget.bytesTotal)}`, kb(budget.bytesTotal - appTotal)),
    v(
      'time to first idle vs baseline',
      s.ratios.firstIdle <= budget.idleRatio,
      `${ms(s.app.firstIdleMs.median)} / ${ms(s.baseline.firstIdleMs.median)} = ${x(s.ratios.firstIdle)}`,
      `≤ ${x(budget.idleRatio)}`,
      ms(budget.idleRatio * s.baseline.firstIdleMs.median - s.app.firstIdleMs.median),
    ),
    v('click to context', s.click.median < budget.clickMs, ms(s.click.median), `< ${ms(budget.clickMs)}`, ms(budget.clickMs - s.click.median)),
    v(
      'frames during the pan vs baseline',
      s.ratios.panRenders >= budget.framesRatio,
      `${s.app.panRenders.median} / ${s.baseline.panRenders.median} = ${x(s.ratios.panRenders)}`,
      `≥ ${x(budget.framesRatio)}`,
      `${(s.app.panRenders.median - budget.framesRatio * s.baseline.panRenders.median).toFixed(1)} frames`,
    ),
    v(
      'React commits during the pan',
      s.app.panCommits.median <= budget.commits,
      `${s.app.panCommits.median} (max ${s.app.panCommits.max})`,
      `= ${budget.commits}`,
      `${budget.commits - s.app.panCommits.median} commits`,
    ),
    v('geodata of the first view', data < budget.geodata, kb(data), `< ${kb(budget.geodata)}`, kb(budget.geodata - data)),
  ];
}

/** The budgets a larger story is held to: the same limits as this story's, on what grows with its size. */
export const SCALE_BUDGETS = ['click to context', 'frames during the pan vs baseline'];

/** The verdicts on a story `factor` times larger, named with its size. */
export const judgeScale = (s: Summary, factor: number, budget: Budget = BUDGET): Verdict[] =>
  judge(s, budget)
    .filter((v) => SCALE_BUDGETS.includes(v.name))
    .map((v) => ({ ...v, name: `${factor}× story: ${v.name}` }));
