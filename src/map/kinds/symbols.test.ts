import { describe, expect, it } from 'vitest';
import { MARKED_BELOW, radius, symbols, type SymbolsPart } from './symbols';
import { colours } from '../../stories/kazakhstan-2022/colours';

const at = { id: 'layer', file: 'file' };
const part: SymbolsPart = {
  kind: 'symbols',
  value: 'troops',
  scale: 0.5,
  paint: colours.troops,
  legend: { symbols: 'legend.troops', flows: 'legend.route', ending: 'legend.withdrawing', sizes: { values: [100, 2500], label: 'legend.sizeKey' } },
};

/** The operators a radius is made of, read as plain arrays. */
type Expr = number | string | readonly [string, ...Expr[]];

/** What a radius gives for a feature with these properties. */
function evaluate(e: Expr, properties: Record<string, number>): number | undefined {
  if (typeof e !== 'object') return typeof e === 'number' ? e : undefined;
  const [op, ...args] = e;
  if (op === 'get') return properties[String(args[0])];
  const [a, b] = args.map((x) => evaluate(x, properties));
  if (op === '*') return (a ?? NaN) * (b ?? NaN);
  if (op === 'sqrt') return Math.sqrt(a ?? NaN);
  if (op === 'coalesce') return a ?? b;
  throw new Error(`no operator ${op}`);
}
const radiusOf = (properties: Record<string, number>) => evaluate(radius(part) as unknown as Expr, properties);

describe('symbols', () => {
  it('sizes a circle so that its area is proportional to the value, and nothing for none', () => {
    expect(radiusOf({ troops: 400 })).toBe(10);
    expect(radiusOf({ troops: 1600 })).toBe(20);
    expect(radiusOf({})).toBe(0);
  });

  it('draws flows under the lines, circles under the base map’s places, and their figures and guards in their bands', () => {
    const placed = symbols.layers(part, at, 'en');
    expect(placed.map((p) => [p.slot, p.layer.id])).toEqual([
      ['flows', 'layer-routes'],
      ['flows', 'layer-withdrawing'],
      ['symbols', 'layer-circles'],
      ['point-selected', 'layer-point-selected'],
      ['symbol-labels', 'layer-figures'],
      ['symbol-guards', 'layer-guard'],
    ]);
    // The circle, its selection ring and its guard grow together.
    const circle = placed[2]!.layer;
    expect(circle.paint).toMatchObject({ 'circle-radius': radius(part), 'circle-color': colours.troops });
    expect(placed[3]!.layer.paint).toMatchObject({ 'circle-radius': radius(part) });
    expect(JSON.stringify(placed[5]!.layer.layout)).toContain(JSON.stringify(radius(part)));
  });

  it('names each circle with its place and figure in the reader’s language', () => {
    const figures = (lang: 'en' | 'ar') => JSON.stringify(symbols.layers(part, at, lang).find((p) => p.slot === 'symbol-labels')!.layer.layout);
    expect(figures('ar')).toContain('capital_ar');
    expect(figures('ar')).toContain('figure_ar');
    expect(figures('en')).toContain('figure_en');
    expect(figures('en')).not.toContain('_ar');
  });

  it('marks a figure’s hedge on the smallest maps and writes it in words from the zoom the words fit', () => {
    const layout = symbols.layers(part, at, 'ru').find((p) => p.slot === 'symbol-labels')!.layer.layout as Record<string, unknown>;
    const [step, input, small, from, large] = layout['text-field'] as unknown[];
    expect([step, input, from]).toEqual(['step', ['zoom'], MARKED_BELOW]);
    expect(JSON.stringify(small)).toContain('"figure_short_ru"');
    expect(JSON.stringify(large)).toContain('"figure_ru"');
    expect(JSON.stringify([small, large])).toContain('capital_ru');
  });

  it('needs its value, positive, on every point, and lets features cite figures of its value’s kind and the others it names', () => {
    expect(symbols.props({ ...part, figures: ['troops-others-total'] })).toEqual([
      { key: 'troops', value: { type: 'positive' }, requiredOn: ['point'] },
      { key: 'figures', value: { type: 'figures', kinds: ['troops', 'troops-others-total'] } },
    ]);
    expect(symbols.props({ ...part, value: 'people' })[1]).toEqual({ key: 'figures', value: { type: 'figures', kinds: ['people'] } });
  });

  it('gives the legend its circles at the map’s scale, its flows and their ending', () => {
    expect(symbols.legend(part)).toEqual([
      { label: 'legend.troops', symbol: 'circles', colour: colours.troops, sizes: { scale: 0.5, values: [100, 2500], label: 'legend.sizeKey' } },
      { label: 'legend.route', symbol: 'line', colour: colours.troops },
      { label: 'legend.withdrawing', symbol: 'withdrawing', colour: colours.troops },
    ]);
  });
});
