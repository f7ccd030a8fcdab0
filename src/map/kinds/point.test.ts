import { describe, expect, it } from 'vitest';
import { palette } from '../palette';
import { CLICKABLE, isPoint } from './expressions';
import { point, type PointPart } from './point';
import { colours } from '../../stories/kazakhstan-2022/colours';

const at = { id: 'layer', file: 'file' };
const label = { size: 13, anchors: ['left', 'right'], offset: 0.9 } as const;
const city: PointPart = {
  kind: 'point',
  by: 'kind',
  styles: [
    { marker: 'dot', paint: colours.almaty, radius: 7, stroke: [2, 3.5], label, legend: 'legend.almaty' },
    { value: 'airport', marker: 'ring', paint: colours.almaty, radius: 6, stroke: [2.5, 3.5], minzoom: 5.5, label: { ...label, minzoom: 6.5 }, legend: 'legend.airport' },
  ],
  guard: 8,
};

describe('point', () => {
  it('draws the first style for every point but the others’, each other style apart from its zoom', () => {
    const placed = point.layers(city, at, 'en');
    expect(placed.map((p) => [p.slot, p.layer.id])).toEqual([
      ['points', 'layer-points'],
      ['points', 'layer-airport'],
      ['point-selected', 'layer-point-selected'],
      ['point-labels', 'layer-labels'],
      ['late-labels', 'layer-airport-label'],
      ['guards', 'layer-guard'],
    ]);
    const [main, airport, , mainName, airportName, guard] = placed.map((p) => p.layer);
    expect(main).toMatchObject({ metadata: CLICKABLE, filter: ['all', isPoint, ['!=', ['get', 'kind'], 'airport']] });
    expect(airport).toMatchObject({ metadata: CLICKABLE, minzoom: 5.5, filter: ['==', ['get', 'kind'], 'airport'] });
    expect(mainName).toMatchObject({ filter: ['all', isPoint, ['!=', ['get', 'kind'], 'airport']] });
    expect(airportName).toMatchObject({ minzoom: 6.5, filter: ['==', ['get', 'kind'], 'airport'] });
    // One guard for every point of the file.
    expect(guard).toMatchObject({ source: 'file', filter: isPoint, layout: { 'icon-allow-overlap': true } });
  });

  it('fills a dot with its colour and draws a ring in it, white inside', () => {
    const [dot, ring] = point.layers(city, at, 'en').map((p) => p.layer.paint as Record<string, unknown>);
    expect(dot).toMatchObject({ 'circle-radius': 7, 'circle-color': colours.almaty });
    expect(ring).toMatchObject({ 'circle-radius': 6, 'circle-color': palette.halo });
    expect(JSON.stringify(ring?.['circle-stroke-color'])).toContain(colours.almaty);
  });

  it('takes every point of the file with one style, and writes names in the reader’s language and its colour', () => {
    const single: PointPart = { kind: 'point', styles: [{ ...city.styles[0]!, label: { ...label, paint: colours.protest } }], guard: 8 };
    const name = point.layers(single, at, 'ar').find((p) => p.slot === 'point-labels')!.layer;
    expect(name).toMatchObject({ filter: isPoint });
    expect(name.paint).toMatchObject({ 'text-color': colours.protest });
    expect(JSON.stringify(name.type === 'symbol' && name.layout?.['text-field'])).toContain('name_ar');
  });

  it('reads the `kind` of its points (or its `by` property) when it has several styles: a closed list when each style names its value', () => {
    // The first style takes every other point: any text.
    expect(point.props(city)).toEqual([{ key: 'kind', value: { type: 'text' } }]);
    const named: PointPart = { ...city, by: 'type', styles: [{ ...city.styles[0]!, value: 'city' }, city.styles[1]!] };
    expect(point.props(named)).toEqual([{ key: 'type', value: { type: 'text', values: ['city', 'airport'] }, requiredOn: ['point'] }]);
    expect(point.props({ ...city, styles: [city.styles[0]!] })).toEqual([]);
  });

  it('shows a dot as a circle and a ring as a ring in the legend', () => {
    expect(point.legend(city)).toEqual([
      { label: 'legend.almaty', symbol: 'circle', colour: colours.almaty },
      { label: 'legend.airport', symbol: 'ring', colour: colours.almaty },
    ]);
  });
});
