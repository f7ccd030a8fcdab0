import { describe, expect, it } from 'vitest';
import { area, type AreaPart } from './area';
import { CLICKABLE, isPolygonal } from './expressions';
import { colours } from '../../stories/kazakhstan-2022/colours';

const at = { id: 'layer', file: 'file' };
const plain: AreaPart = { kind: 'area', styles: [{ fill: colours.protest, legend: 'legend.mangystau' }], opacity: 0.4, hoverOpacity: 0.6 };
const roles: AreaPart = {
  kind: 'area',
  countries: true,
  by: 'role',
  styles: [
    { value: 'host', fill: colours.host, outline: colours.hostMark, legend: 'legend.host' },
    { value: 'contributor', fill: colours.contributor, legend: 'legend.contributor' },
  ],
  opacity: 0.4,
  hoverOpacity: 0.6,
  outline: [1.2, 2.5],
  hatched: 'legend.crimea',
};

describe('area', () => {
  it('fills every area of its file in one colour, clickable, brighter under the pointer, and draws no outline unless asked', () => {
    const placed = area.layers(plain, at, 'en');
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({
      slot: 'areas',
      layer: {
        id: 'layer-fill',
        type: 'fill',
        source: 'file',
        metadata: CLICKABLE,
        filter: isPolygonal,
        paint: { 'fill-color': colours.protest, 'fill-opacity': ['case', expect.anything(), 0.6, 0.4] },
      },
    });
  });

  it('colours by role, the last style taking every other value, and outlines whole countries over the base map’s borders', () => {
    const [fill, line] = area.layers(roles, at, 'en');
    expect(fill?.slot).toBe('countries');
    expect(fill?.layer.paint).toMatchObject({ 'fill-color': ['match', ['get', 'role'], 'host', colours.host, colours.contributor] });
    expect(line).toMatchObject({
      slot: 'country-outlines',
      layer: { id: 'layer-line', type: 'line', paint: { 'line-color': ['match', ['get', 'role'], 'host', colours.hostMark, colours.contributor] } },
    });
    expect(line?.layer.metadata).toBeUndefined();
  });

  it('reads its `by` property: one of its styles’ values, on every area, when each style names one', () => {
    expect(area.props(roles)).toEqual([{ key: 'role', value: { type: 'text', values: ['host', 'contributor'] }, requiredOn: ['area'] }]);
    // The last style takes every other value: any text, and none.
    const fallback: AreaPart = { ...roles, styles: [roles.styles[0]!, { fill: colours.contributor }] };
    expect(area.props(fallback)).toEqual([{ key: 'role', value: { type: 'text' } }]);
    // One colour reads nothing, even with a `by`.
    expect(area.props(plain)).toEqual([]);
    expect(area.props({ ...roles, styles: [roles.styles[0]!] })).toEqual([]);
  });

  it('lists each named style as a fill, then the hatched areas it leaves out', () => {
    expect(area.legend(roles)).toEqual([
      { label: 'legend.host', symbol: 'fill', colour: colours.host },
      { label: 'legend.contributor', symbol: 'fill', colour: colours.contributor },
      { label: 'legend.crimea', symbol: 'hatch', colour: colours.troops },
    ]);
    expect(area.legend({ ...plain, styles: [{ fill: colours.almaty }] })).toEqual([]);
  });
});
