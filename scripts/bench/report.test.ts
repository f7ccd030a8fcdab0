import { describe, expect, it } from 'vitest';
import { judge, summarise } from './budgets';
import { readme, scaleTable, table, verdictTable, type ScaleRow } from './report';
import { passing, run } from './runs.fixture';
import type { FileBytes, Meta } from './types';

const summary = summarise(passing());
const verdicts = judge(summary);
const meta: Meta = {
  date: '2026-11-30T07:00:00.000Z',
  chromium: '147.0.0.0',
  node: 'v20.20.0',
  cores: 2,
  load: { start: 0.52, end: 14.25 },
  cpu: 'Test CPU',
  memoryBytes: 8e9,
  runs: 3,
  clicks: 12,
  viewport: { width: 1280, height: 800 },
  locale: 'en-GB',
  mapSize: { w: 880, h: 744 },
  retries: [],
  durationSeconds: 90,
};

describe('table', () => {
  const lines = table(summary).split('\n');

  it('has a header, a rule and one row per figure, every column padded to one width', () => {
    expect(lines[0]).toMatch(/^\| figure \(median, spread min–max\) +\| app +\| baseline +\| app \/ baseline \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|$/);
    expect(lines).toHaveLength(2 + 8 + 12);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('shows median and spread per side, the ratio, and a dash where the baseline has no figure', () => {
    const idle = lines.find((l) => l.includes('navigation → first idle'))!;
    expect(idle).toContain('2200 ms (2100 ms–2600 ms)');
    expect(idle).toContain('2000 ms (1900 ms–2050 ms)');
    expect(idle).toContain('1.10×');
    const click = lines.find((l) => l.includes('click → panel heading'))!;
    expect(click.split('|').map((c) => c.trim())).toEqual(['', 'click → panel heading in the DOM', '53 ms (40 ms–70 ms)', '—', '—', '']);
    const renders = lines.find((l) => l.includes('from a click'))!;
    expect(renders.split('|').map((c) => c.trim())).toEqual(['', 'MapLibre renders from a click until the map settles', '1 (1–1)', '—', '—', '']);
  });
});

describe('verdictTable', () => {
  it('marks a missed budget in bold', () => {
    const text = verdictTable([...verdicts.slice(0, 1), { ...verdicts[1]!, pass: false, margin: 'over by 1.0 KB' }]);
    expect(text.split('\n')).toEqual([
      '| budget | figure | limit | result | margin |',
      '|---|---|---|---|---|',
      `| first-view download vs baseline | ${verdicts[0]!.figure} | ≤ 1.25× | pass | ${verdicts[0]!.margin} |`,
      '| first-view download | 460.0 KB | < 800.0 KB | **FAIL** | over by 1.0 KB |',
    ]);
  });
});

describe('readme', () => {
  const files: FileBytes[] = Array.from({ length: 8 }, (_, i) => ({
    path: `/assets/file-${i}.js`,
    kind: 'js',
    raw: 3000,
    gzip: 8000 - i * 1000,
    brotli: 900,
    requests: 1,
  }));
  const text = readme(summary, verdicts, meta, files, null);

  it('states the run: date, browser, machine, runs, clicks and map size', () => {
    expect(text).toContain('2026-11-30T07:00:00.000Z · Chromium 147.0.0.0 · Node v20.20.0 · 2 cores (Test CPU) · load average 0.5 at the start, 14.3 at the end · 3 runs each');
    expect(text).toContain('alternating app and baseline, 3 runs each after one discarded warm-up');
    expect(text).toContain('(880×744 px in a 1280×800 viewport)');
    expect(text).toContain('12 clicks, 4 per app run.');
  });

  it('holds both tables and the six biggest files by name', () => {
    expect(text).toContain(table(summary));
    expect(text).toContain(verdictTable(verdicts));
    expect(text).toContain('`file-0.js` 8.0 KB, `file-1.js` 7.0 KB');
    expect(text).toContain('`file-5.js` 3.0 KB.');
    expect(text).not.toContain('file-6.js');
    expect(text).toContain('first idle 1.11×,\nrenders during the pan 0.94×.');
  });
});

describe('scaleTable', () => {
  const larger: ScaleRow = {
    factor: 100,
    features: 4113,
    summary: summarise([
      run('app', 0, { js: 300_000, data: 1_500_000, idle: 6600, renders: 153, heap: 1, clicks: [80, 90] }),
      run('baseline', 0, { js: 280_000, data: 1_500_000, idle: 6000, renders: 170, heap: 1 }),
    ]),
  };
  const rows: ScaleRow[] = [{ factor: 1, features: 549, summary }, larger];
  const lines = scaleTable(rows).split('\n');

  it('gives each size its figures beside the baseline’s, and the app’s growth against 1×', () => {
    expect(lines).toHaveLength(4);
    expect(lines[2]!.split('|').map((c) => c.trim())).toEqual([
      '',
      '1×',
      '549',
      '160.0 KB',
      '2200 ms (1.00× of 1×) / 2000 ms = 1.10×',
      '53 ms (1.00× of 1×) (69 ms)',
      '170 (1.00× of 1×) / 175 = 0.97×',
      '',
    ]);
    expect(lines[3]!.split('|').map((c) => c.trim())).toEqual([
      '',
      '100×',
      '4113',
      '1500.0 KB',
      '6600 ms (3.00× of 1×) / 6000 ms = 1.10×',
      '85 ms (1.62× of 1×) (101 ms)',
      '153 (0.90× of 1×) / 170 = 0.90×',
      '',
    ]);
  });

  it('leaves the growth out when there is no 1× row', () => {
    expect(scaleTable([larger])).toContain('| 6600 ms / 6000 ms = 1.10× |');
  });

  it('is a section of the README when larger stories were measured', () => {
    const files: FileBytes[] = [{ path: '/assets/a.js', kind: 'js', raw: 1, gzip: 1, brotli: 1, requests: 1 }];
    const text = readme(summary, verdicts, meta, files, { rows, runs: 3 });
    expect(text).toContain('## Scale\n\nThe same build with stories 100× this one\'s size');
    expect(text).toContain('3 runs per page for each size');
    expect(text).toContain(scaleTable(rows));
    expect(readme(summary, verdicts, meta, files, null)).not.toContain('## Scale');
  });

  it('gives the first view’s download in each language when measured', () => {
    const files: FileBytes[] = [{ path: '/assets/a.js', kind: 'js', raw: 1, gzip: 1, brotli: 1, requests: 1 }];
    const text = readme(summary, verdicts, meta, files, null, [
      { lang: 'en', gzip: 780_400 },
      { lang: 'ru', gzip: 791_000 },
    ]);
    expect(text).toContain('first view opened in each language (`lang=…`; gzip, one run each): en 780.4 KB, ru 791.0 KB.');
    expect(readme(summary, verdicts, meta, files, null)).not.toContain('opened in each language');
  });
});
