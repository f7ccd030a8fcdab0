import { describe, expect, it } from 'vitest';
import { CLICKABLE } from './expressions';
import { regions, type RegionsPart } from './regions';
import { colours } from '../../stories/kazakhstan-2022/colours';

const at = { id: 'layer', file: 'file' };
const part: RegionsPart = { kind: 'regions', paint: colours.region, hoverOpacity: 0.14, names: { file: 'names', kind: 'region-label', minzoom: 4.6 }, legend: 'legend.region' };

describe('regions', () => {
  it('draws clear areas that tint under the pointer, dashed outlines, and names from another file’s points', () => {
    const placed = regions.layers(part, at, 'ar');
    expect(placed.map((p) => [p.slot, p.layer.id])).toEqual([
      ['regions', 'layer-fill'],
      ['region-lines', 'layer-line'],
      ['region-labels', 'layer-labels'],
    ]);
    const [fill, outline, names] = placed.map((p) => p.layer);
    expect(fill).toMatchObject({ metadata: CLICKABLE, source: 'file', paint: { 'fill-opacity': ['case', expect.anything(), 0.14, 0] } });
    expect(outline).toMatchObject({ source: 'file', paint: { 'line-color': colours.region, 'line-dasharray': [3, 2] } });
    expect(names).toMatchObject({ source: 'names', minzoom: 4.6, filter: ['==', ['get', 'kind'], 'region-label'] });
    expect(JSON.stringify(names?.type === 'symbol' && names.layout?.['text-field'])).toContain('name_ar');
  });

  it('reads no property of its regions beyond the base ones', () => {
    expect(regions.props(part)).toEqual([]);
  });

  it('shows a dashed outline in the legend', () => {
    expect(regions.legend(part)).toEqual([{ label: 'legend.region', symbol: 'dashed', colour: colours.region }]);
  });
});
