/**
 * Performance bench: the production build against a baseline page that is MapLibre alone
 * drawing the same layer files with the same style (bench/baseline/). Builds both, serves
 * both from one local server (app at /, baseline at /baseline/), drives headless Chromium
 * over them, alternating, and writes bench/results.json and bench/README.md. Exits non-zero
 * when a budget is missed. Not part of `npm test`: timing on a shared machine is noisy.
 *
 * Then the same with stories 10× and 100× this one's size (bench/scale.ts), whose click and
 * pan budgets are judged at 100×.
 *
 * Environment: BENCH_RUNS (runs per page, default 5), BENCH_CLICKS (clicks in all, default 20),
 * BENCH_SCALE (larger stories' factors, default 10,100; 0 for none), BENCH_SCALE_RUNS (default 3),
 * BENCH_NO_BUILD=1 (reuse dist/ and bench/out/baseline/); CHROME_PATH and PACKAGED_CHROMIUM pick the
 * browser (scripts/chromium.ts).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { judge, judgeScale, summarise } from './bench/budgets';
import { BUDGET, LOCALE, README, RESULTS, SCALE_BUDGET_FACTOR, VIEWPORT, options, scaleOptions } from './bench/config';
import { kb, mb, ms, x } from './bench/format';
import { measure } from './bench/measure';
import { readme, scaleTable, table, verdictTable, type ScaleRow } from './bench/report';
import { storyFeatures, writeScaled } from './bench/scaleData';
import { build, serveBoth, type Server } from './bench/setup';
import { median } from './bench/stats';
import type { LangBytes, Meta, Run, Target } from './bench/types';
import { LANGS } from '../src/domain/lang';
import { browserPath, CHROMIUM_ARGS } from './chromium';

/** Runs app and baseline in turn, `count` times each (the order alternating), retrying a run once. */
async function alternate(
  browser: Browser,
  server: Server,
  mapSize: { w: number; h: number },
  count: number,
  clicks: number,
  retries: string[],
  label = '',
): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const order: Target[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const target of order) {
      const attempt = () => measure(browser, server, target, i, mapSize, target === 'app' ? clicks : 0);
      const { mapSize: _size, ...run } = await attempt().catch((e: Error) => {
        console.log(`  ${label}run ${i + 1}/${count} ${target}: ${e.message.split('\n')[0]}; once more …`);
        retries.push(`${label}${target} run ${i + 1}: ${e.message.split('\n')[0]}`);
        return attempt();
      });
      runs.push(run);
      const clickMedian = run.clicks.length ? ms(median(run.clicks.map((c) => c.ms))) : '—';
      console.log(
        `  ${label}run ${i + 1}/${count} ${target.padEnd(8)} ${kb(run.bytes.gzip.total).padStart(9)}  idle ${ms(run.firstIdleMs).padStart(7)}` +
          `  pan ${run.pan.renders} renders/${run.pan.frames} frames, ${run.pan.commits} commits` +
          `  heap ${mb(run.heap.usedAfterGc)}  click ${clickMedian}${run.errors.length ? `  errors: ${run.errors.length}` : ''}`,
      );
    }
  }
  return runs;
}

/** The larger stories: their files written, served in place of the build's, measured like the story itself. */
async function measureScale(
  browser: Browser,
  mapSize: { w: number; h: number },
  factors: readonly number[],
  count: number,
  clicks: number,
  retries: string[],
): Promise<(ScaleRow & { runs: Run[] })[]> {
  if (!factors.length) return [];
  console.log(`\nWriting the stories ${factors.map((f) => `${f}×`).join(', ')} this one's size …`);
  const written = writeScaled(factors);
  const rows: (ScaleRow & { runs: Run[] })[] = [];
  for (const factor of factors) {
    const { dir, features } = written.get(factor)!;
    const server = await serveBoth(dir);
    try {
      console.log(`${factor}× story (${features} layer features); warm-up …`);
      await measure(browser, server, 'app', -1, mapSize, 0, true);
      await measure(browser, server, 'baseline', -1, mapSize, 0, true);
      const runs = await alternate(browser, server, mapSize, count, clicks, retries, `${factor}× `);
      rows.push({ factor, features, summary: summarise(runs), runs });
    } finally {
      await server.close();
    }
  }
  return rows;
}

async function main(): Promise<number> {
  const started = Date.now();
  const loadStart = loadavg()[0]!;
  const { runs: runCount, clicksPerRun } = options(process.env);
  const scale = scaleOptions(process.env);
  const executablePath = await browserPath();
  build();
  const server = await serveBoth();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const retries: string[] = [];
  let runs: Run[];
  let larger: Awaited<ReturnType<typeof measureScale>>;
  let mapSize: { w: number; h: number };
  const languages: LangBytes[] = [];
  try {
    console.log(`Serving on ${server.url}; warm-up …`);
    // Warm-up pair, not recorded: fills the OS file cache and learns the app's map size.
    mapSize = (await measure(browser, server, 'app', -1, null, 0, true)).mapSize;
    await measure(browser, server, 'baseline', -1, mapSize, 0, true);
    runs = await alternate(browser, server, mapSize, runCount, clicksPerRun, retries);
    // The first view opened in each language: one run each, its download only.
    for (const lang of LANGS) {
      const run = await measure(browser, server, 'app', -1, mapSize, 0, false, lang);
      languages.push({ lang, gzip: run.bytes.gzip.total });
    }
    larger = await measureScale(browser, mapSize, scale.factors, scale.runs, clicksPerRun, retries);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const summary = summarise(runs);
  const scaleRows: ScaleRow[] = larger.length
    ? [{ factor: 1, features: storyFeatures(), summary }, ...larger.map(({ runs: _runs, ...row }) => row)]
    : [];
  const verdicts = [...judge(summary), ...larger.filter((r) => r.factor === SCALE_BUDGET_FACTOR).flatMap((r) => judgeScale(r.summary, r.factor))];
  const lastApp = runs.filter((r) => r.target === 'app').at(-1)!;
  const meta: Meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cores: availableParallelism(),
    load: { start: loadStart, end: loadavg()[0]! },
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
        languages,
        scale: larger.map(({ factor, features, summary: s, runs: r }) => ({ factor, features, runsPerPage: scale.runs, medians: s, runs: r })),
      },
      null,
      1,
    )}\n`,
  );
  writeFileSync(README, readme(summary, verdicts, meta, lastApp.bytes.files, scaleRows.length ? { rows: scaleRows, runs: scale.runs } : null, languages));

  console.log(`\n${table(summary)}\n`);
  console.log(
    `Run by run, app / baseline (median): first idle ${x(summary.pairedRatios.firstIdle)}, pan renders ${x(summary.pairedRatios.panRenders)}\n`,
  );
  console.log('Biggest files of the app’s first view (gzip):');
  for (const f of lastApp.bytes.files.slice(0, 8)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
  if (scaleRows.length) console.log(`\nScale:\n${scaleTable(scaleRows)}`);
  console.log(`\n${verdictTable(verdicts)}\n`);
  const errors = [...runs.map((r) => ({ r, label: '' })), ...larger.flatMap((l) => l.runs.map((r) => ({ r, label: `${l.factor}× ` })))].flatMap(
    ({ r, label }) => r.errors.map((e) => `${label}${r.target} run ${r.index + 1}: ${e}`),
  );
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
