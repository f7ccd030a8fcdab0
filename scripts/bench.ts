/**
 * Performance bench: the production build against a baseline page that is MapLibre alone
 * drawing the same layer files with the same style (bench/baseline/). Builds both, serves
 * both from one local server (app at /, baseline at /baseline/), drives headless Chromium
 * over them, alternating, and writes bench/results.json and bench/README.md. Exits non-zero
 * when a budget is missed. Not part of `npm test`: timing on a shared machine is noisy.
 *
 * Environment: BENCH_RUNS (runs per page, default 5), BENCH_CLICKS (clicks in all, default 20),
 * BENCH_NO_BUILD=1 (reuse dist/ and bench/out/baseline/); CHROME_PATH and PACKAGED_CHROMIUM pick the
 * browser (scripts/chromium.ts).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { judge, summarise } from './bench/budgets';
import { BUDGET, LOCALE, README, RESULTS, VIEWPORT, options } from './bench/config';
import { kb, mb, ms, x } from './bench/format';
import { measure } from './bench/measure';
import { readme, table, verdictTable } from './bench/report';
import { build, serveBoth } from './bench/setup';
import { median } from './bench/stats';
import type { Meta, Run, Target } from './bench/types';
import { browserPath, CHROMIUM_ARGS } from './chromium';

async function main(): Promise<number> {
  const started = Date.now();
  const { runs: runCount, clicksPerRun } = options(process.env);
  const executablePath = await browserPath();
  build();
  const server = await serveBoth();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const runs: Run[] = [];
  const retries: string[] = [];
  let mapSize: { w: number; h: number };
  try {
    console.log(`Serving on ${server.url}; warm-up …`);
    // Warm-up pair, not recorded: fills the OS file cache and learns the app's map size.
    mapSize = (await measure(browser, server.url, 'app', -1, null, 0, true)).mapSize;
    await measure(browser, server.url, 'baseline', -1, mapSize, 0, true);
    for (let i = 0; i < runCount; i++) {
      const order: Target[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const target of order) {
        const attempt = () => measure(browser, server.url, target, i, mapSize, target === 'app' ? clicksPerRun : 0);
        const { mapSize: _size, ...run } = await attempt().catch((e: Error) => {
          console.log(`  run ${i + 1}/${runCount} ${target}: ${e.message.split('\n')[0]}; once more …`);
          retries.push(`${target} run ${i + 1}: ${e.message.split('\n')[0]}`);
          return attempt();
        });
        runs.push(run);
        const clickMedian = run.clicks.length ? ms(median(run.clicks.map((c) => c.ms))) : '—';
        console.log(
          `  run ${i + 1}/${runCount} ${target.padEnd(8)} ${kb(run.bytes.gzip.total).padStart(9)}  idle ${ms(run.firstIdleMs).padStart(7)}` +
            `  pan ${run.pan.renders} renders/${run.pan.frames} frames, ${run.pan.commits} commits` +
            `  heap ${mb(run.heap.usedAfterGc)}  click ${clickMedian}${run.errors.length ? `  errors: ${run.errors.length}` : ''}`,
        );
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const summary = summarise(runs);
  const verdicts = judge(summary);
  const lastApp = runs.filter((r) => r.target === 'app').at(-1)!;
  const meta: Meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    runs: runCount,
    clicks: clicksPerRun * runCount,
    viewport: VIEWPORT,
    locale: LOCALE,
    mapSize: mapSize!,
    retries,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        meta,
        budgets: BUDGET,
        verdicts,
        medians: summary,
        ratios: summary.ratios,
        pairedRatios: summary.pairedRatios,
        runs,
      },
      null,
      1,
    )}\n`,
  );
  writeFileSync(README, readme(summary, verdicts, meta, lastApp.bytes.files));

  console.log(`\n${table(summary)}\n`);
  console.log(
    `Run by run, app / baseline (median): first idle ${x(summary.pairedRatios.firstIdle)}, pan renders ${x(summary.pairedRatios.panRenders)}\n`,
  );
  console.log('Biggest files of the app’s first view (gzip):');
  for (const f of lastApp.bytes.files.slice(0, 8)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
  console.log(`\n${verdictTable(verdicts)}\n`);
  const errors = runs.flatMap((r) => r.errors.map((e) => `${r.target} run ${r.index + 1}: ${e}`));
  if (errors.length) console.log(`Page errors:\n  ${errors.slice(0, 10).join('\n  ')}`);
  console.log(`Wrote bench/results.json and bench/README.md in ${meta.durationSeconds} s.`);
  const missed = verdicts.filter((v) => !v.pass);
  for (const v of missed) console.error(`Budget missed: ${v.name}: ${v.figure} (limit ${v.limit}, ${v.margin})`);
  return missed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
