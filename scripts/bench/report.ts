/** The bench's report: the figures table, the budgets table and bench/README.md. */
import type { Summary, Verdict } from './budgets';
import { kb, mb, ms, spread, x } from './format';
import type { Stats } from './stats';
import { KINDS, type FileBytes, type LangBytes, type Meta } from './types';

export function table(s: Summary): string {
  const rows: string[][] = [['figure (median, spread min–max)', 'app', 'baseline', 'app / baseline']];
  const row = (name: string, a: Stats, b: Stats | null, f: (n: number) => string) =>
    rows.push([
      name,
      `${f(a.median)} (${spread(a, f)})`,
      b ? `${f(b.median)} (${spread(b, f)})` : '—',
      b ? x(a.median / b.median) : '—',
    ]);
  for (const k of ['total', ...KINDS] as const) row(`download, gzip: ${k}`, s.app.bytesGzip[k], s.baseline.bytesGzip[k], kb);
  row('download, uncompressed: total', s.app.bytesRawTotal, s.baseline.bytesRawTotal, kb);
  row('download, brotli q11: total', s.app.bytesBrotliTotal, s.baseline.bytesBrotliTotal, kb);
  row('requests until first idle', s.app.requests, s.baseline.requests, String);
  row('navigation → first idle, all layers drawn', s.app.firstIdleMs, s.baseline.firstIdleMs, ms);
  row('navigation → map `load` event', s.app.mapLoadMs, s.baseline.mapLoadMs, ms);
  row('MapLibre renders until first idle', s.app.loadRenders, s.baseline.loadRenders, String);
  row('click → panel heading in the DOM', s.click, null, ms);
  row('click → next frame after the heading', s.clickFrame, null, ms);
  row('MapLibre renders from a click until the map settles', s.clickRenders, null, String);
  row('MapLibre renders during the 3 s pan', s.app.panRenders, s.baseline.panRenders, String);
  row('animation frames during the 3 s pan', s.app.panFrames, s.baseline.panFrames, String);
  row('React commits during the pan', s.app.panCommits, s.baseline.panCommits, String);
  row('React commits until first idle', s.app.loadCommits, s.baseline.loadCommits, String);
  row('JS heap after load and GC (main thread)', s.app.heapUsedAfterGc, s.baseline.heapUsedAfterGc, mb);
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** One story size's figures: its factor (1 for this story), its layer features, and the summary of its runs. */
export interface ScaleRow {
  factor: number;
  features: number;
  summary: Summary;
}

/**
 * How first idle, click to context and pan renders grow with the story's size, each beside
 * the baseline page drawing the same files; the app's figures also against this story's (1×).
 */
export function scaleTable(rows: readonly ScaleRow[]): string {
  const one = rows.find((r) => r.factor === 1)?.summary;
  const grown = (n: number, base: number | undefined) => (base === undefined ? '' : ` (${x(n / base)} of 1×)`);
  return [
    '| story | layer features | layer files, gzip | first idle: app / baseline | click → panel heading (next frame) | renders during the pan: app / baseline |',
    '|---|---|---|---|---|---|',
    ...rows.map(({ factor, features, summary: s }) => {
      const idle = s.app.firstIdleMs.median;
      const click = s.click.median;
      const pan = s.app.panRenders.median;
      return `| ${factor}× | ${features} | ${kb(s.app.bytesGzip.data.median)} | ${ms(idle)}${grown(idle, one?.app.firstIdleMs.median)} / ${ms(s.baseline.firstIdleMs.median)} = ${x(s.ratios.firstIdle)} | ${ms(click)}${grown(click, one?.click.median)} (${ms(s.clickFrame.median)}) | ${pan}${grown(pan, one?.app.panRenders.median)} / ${s.baseline.panRenders.median} = ${x(s.ratios.panRenders)} |`;
    }),
  ].join('\n');
}

/** The README's section on the larger stories. */
function scaleSection(rows: readonly ScaleRow[], runs: number): string {
  return `## Scale

The same build with stories ${rows
    .filter((r) => r.factor > 1)
    .map((r) => `${r.factor}×`)
    .join(' and ')} this one's size, made from its layer files by \`scripts/bench/scale.ts\`:
every point and line of the story's own files (places, protest, Almaty, CSTO, episodes) is there
*factor* times, the copies spread evenly over the first view (ids \`<id>-s<k>\`, numbered names, the same
kinds, refs, excerpts and figures) and kept 2° clear of the two features the bench clicks; the
countries, and the CSTO's country shapes, are Natural Earth's at 1:10m (world-atlas
\`countries-10m.json\`, clipped to the view, not simplified) in place of the simplified 1:50m ones;
labels, rivers and lakes stay as they are. The files are written to \`bench/out/scale-<factor>/\` and
served in place of the build's layer files to both pages: the app fetches and validates them as
any layer file, the baseline hands them to MapLibre as they are. ${runs} runs per page for each size
after a warm-up pair, the same figures as above; 1× is the run above.

${scaleTable(rows)}

`;
}

export function verdictTable(verdicts: Verdict[]): string {
  return [
    '| budget | figure | limit | result | margin |',
    '|---|---|---|---|---|',
    ...verdicts.map((v) => `| ${v.name} | ${v.figure} | ${v.limit} | ${v.pass ? 'pass' : '**FAIL**'} | ${v.margin} |`),
  ].join('\n');
}

export function readme(
  s: Summary,
  verdicts: Verdict[],
  meta: Meta,
  biggest: FileBytes[],
  scale: { rows: readonly ScaleRow[]; runs: number } | null,
  languages: readonly LangBytes[] = [],
): string {
  return `# Performance bench

\`npm run bench\` builds the production bundle (\`npm run build\` → \`dist/\`, then copied to \`bench/out/app/\` so a rebuild elsewhere cannot change
files under a run) and a baseline page
(\`bench/baseline/\`, built by its own Vite config into \`bench/out/baseline/\`, never shipped), serves
both from one server on 127.0.0.1 (app at \`/\`, baseline at \`/baseline/\`) and drives headless
Chromium over them, alternating app and baseline, ${meta.runs} runs each after one discarded warm-up
pair, each run in a fresh browser context. It prints the table below, rewrites this file and
\`results.json\` (every run's raw figures, medians, ratios, versions), and exits non-zero naming
every missed budget. It is not part of \`npm test\`: timings on a shared machine are noisy, so
the budgets compare medians with the baseline measured in the same run.

The **baseline** is MapLibre alone: the app's \`buildStyle\` (src/map/style.ts), the same worker
wiring (\`setWorkerUrl\` with \`maplibre-gl-worker.mjs?url\`), the same two font files, the same
first view (\`HOME_BOUNDS\`, padding 20, same bounds and zoom range), the same layer files fetched
together and handed to \`setData\` in one task once the map has loaded. No React, no panels, no
controls, no validation, no CSS fonts: MapLibre fetches its label font itself when it first needs
it, where the app's stylesheet has usually loaded it already. Its map is sized to the
app's map canvas (${meta.mapSize.w}×${meta.mapSize.h} px in a ${meta.viewport.width}×${meta.viewport.height} viewport), so both draw the same pixels.

Options: \`BENCH_RUNS=7\` (runs per page), \`BENCH_CLICKS=40\` (clicks in all),
\`BENCH_SCALE=10,100\` (the larger stories' factors; \`0\` for none), \`BENCH_SCALE_RUNS=3\` (runs per
page for each), \`BENCH_NO_BUILD=1\` (reuse the last builds), \`CHROME_PATH\` (default /usr/bin/chromium).

## Last run

${meta.date} · Chromium ${meta.chromium} · Node ${meta.node} · ${meta.cores} cores (${meta.cpu}) · load average ${meta.load.start.toFixed(1)} at the start, ${meta.load.end.toFixed(1)} at the end · ${meta.runs} runs each

${table(s)}

Run by run (app over the baseline run next to it, median): first idle ${x(s.pairedRatios.firstIdle)},
renders during the pan ${x(s.pairedRatios.panRenders)}.

${
  languages.length
    ? `The app's first view opened in each language (\`lang=…\`; gzip, one run each): ${languages.map((l) => `${l.lang} ${kb(l.gzip)}`).join(', ')}.\n\n`
    : ''
}Biggest files of the app's first view (gzip): ${biggest
    .slice(0, 6)
    .map((f) => `\`${f.path.replace(/^.*\//, '')}\` ${kb(f.gzip)}`)
    .join(', ')}.

${scale ? scaleSection(scale.rows, scale.runs) : ''}## Budgets (medians)

${verdictTable(verdicts)}

## What each figure means

- **download, gzip**: every response the page requested from navigation until its first idle
  (HTTP cache disabled, fresh context), each body gzip-compressed here at level 9, as a server
  that compresses would send it; by kind: js (.js, .mjs, including MapLibre's worker), css,
  data (.geojson), fonts (.woff, .woff2), other (the HTML page). A file asked for twice counts
  once (\`results.json\` keeps the request count). 1 KB = 1000 bytes. "uncompressed" is the
  bodies as stored; "brotli q11" is the same bodies at brotli quality 11, what precompressed
  \`.br\` files would weigh (for comparison, not a budget).
- **navigation → first idle**: from navigation start (\`performance.timeOrigin\`) to the first
  MapLibre \`idle\` event at which every layer file's source holds features and every tile is
  loaded. The app is opened with \`?debug=1\`, which exposes its map as \`window.__map\`.
- **click → panel heading**: a real mouse click on Almaty's point and on Zhanaozen's, in turn,
  so each click changes the context panel (\`aside\`); from \`performance.now()\` in a capture
  listener for the click to a MutationObserver seeing the panel's \`h2\` carry the clicked
  feature's name. "next frame" adds the wait for the following animation frame. The renders are
  MapLibre \`render\` events from just before the click until the map is idle again (the
  selection drawn).
  ${meta.clicks} clicks, ${meta.clicks / meta.runs} per app run.
- **renders / animation frames during the pan**: the same 3 s camera script on both pages
  (four 750 ms linear \`easeTo\` moves: pan east, zoom in 1.5, pan west, back to the start),
  counting MapLibre \`render\` events (the budget's figure) and \`requestAnimationFrame\` callbacks.
- **React commits during the pan**: \`onCommitFiberRoot\` calls on a stub React DevTools hook
  installed before the page's scripts; the baseline has no React, so 0.
- **JS heap**: \`Runtime.getHeapUsage\` used size of the page's main thread after
  \`HeapProfiler.collectGarbage\`, once the first idle is reached (MapLibre's worker not included).
`;
}
