import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisDays, axisSide, isIsoDate } from './timeline';
import { formatUrl, MAX_CHAPTER, PANELS, parseUrl, ZOOM_RANGE, type UrlState } from './url';
import { LANGS } from './lang';

/** A story's layer ids, as the registry would hand them over. */
const LAYERS = ['protest', 'almaty', 'csto', 'regions', 'episodes'];
const parse = (search: string) => parseUrl(search, LAYERS);

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    '%00',
    '%E0%A4%A',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    'javascript:alert(1)',
  ),
  fc.double().map(String),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join('/')),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)),
);
const key = fc.constantFrom(
  'lang',
  'map',
  'layers',
  'sel',
  'chapter',
  'date',
  'panel',
  'debug',
  'embed',
  'other',
  '',
  'lang[]',
  '__proto__',
);
const query = fc
  .array(fc.tuple(key, hostile), { maxLength: 12 })
  .map((pairs) => '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const raw = fc.string({ maxLength: 300 });

function isValid(s: UrlState): void {
  if (s.lang !== undefined) expect(LANGS).toContain(s.lang);
  if (s.view) {
    expect(Number.isFinite(s.view.lon) && Math.abs(s.view.lon) <= 180).toBe(true);
    expect(Number.isFinite(s.view.lat) && Math.abs(s.view.lat) <= 85).toBe(true);
    expect(s.view.zoom).toBeGreaterThanOrEqual(ZOOM_RANGE.min);
    expect(s.view.zoom).toBeLessThanOrEqual(ZOOM_RANGE.max);
  }
  for (const l of s.layers ?? []) expect(LAYERS).toContain(l);
  if (s.sel !== undefined) expect(s.sel).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  if (s.chapter !== undefined) expect(Number.isInteger(s.chapter) && s.chapter >= 1 && s.chapter <= MAX_CHAPTER).toBe(true);
  if (s.date !== undefined) expect(isIsoDate(s.date) && axisSide(s.date) === 'on').toBe(true);
  if (s.panel !== undefined) expect(PANELS).toContain(s.panel);
  expect(typeof s.debug).toBe('boolean');
  expect(typeof s.embed).toBe('boolean');
}

describe('parseUrl under random and hostile input', () => {
  it('never throws and always yields a valid state (encoded queries)', () => {
    fc.assert(
      fc.property(query, (q) => {
        isValid(parse(q));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on raw, unencoded strings', () => {
    fc.assert(
      fc.property(raw, (q) => {
        isValid(parse(q));
      }),
      { numRuns: 3000 },
    );
  });

  it('what it writes, it reads back the same', () => {
    const state = fc.record({
      lang: fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
      view: fc.option(
        fc.record({
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          zoom: fc.double({ min: ZOOM_RANGE.min, max: ZOOM_RANGE.max, noNaN: true }),
        }),
        { nil: undefined },
      ),
      layers: fc.option(fc.subarray([...LAYERS]), { nil: undefined }),
      sel: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: undefined }),
      chapter: fc.option(fc.integer({ min: 1, max: MAX_CHAPTER }), { nil: undefined }),
      date: fc.option(fc.constantFrom(...axisDays()), { nil: undefined }),
      panel: fc.option(fc.constantFrom(...PANELS), { nil: undefined }),
      debug: fc.boolean(),
      embed: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = parse(formatUrl(s));
        expect(back.lang).toBe(s.lang);
        expect(back.layers).toEqual(s.layers);
        expect(back.sel).toBe(s.sel);
        expect(back.chapter).toBe(s.chapter);
        expect(back.date).toBe(s.date);
        expect(back.panel).toBe(s.panel === 'context' ? undefined : s.panel);
        expect(back.embed).toBe(s.embed);
        if (s.view) {
          expect(back.view!.lon).toBeCloseTo(s.view.lon, 3);
          expect(back.view!.lat).toBeCloseTo(s.view.lat, 3);
          expect(back.view!.zoom).toBeCloseTo(s.view.zoom, 1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
