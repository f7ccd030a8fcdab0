import { describe, expect, it } from 'vitest';
import { CLICKABLE, isLine } from './expressions';
import { line, type LinePart } from './line';
import { colours } from '../../stories/kazakhstan-2022/colours';

const at = { id: 'layer', file: 'file' };
const border: LinePart = { kind: 'line', paint: colours.episode, width: [3, 5], round: true, legend: 'legend.episodeBorder' };

describe('line', () => {
  it('draws its file’s lines, clickable, wider under the pointer, with round ends when asked', () => {
    expect(line.layers(border, at, 'en')).toEqual([
      {
        slot: 'lines',
        layer: {
          id: 'layer-line',
          metadata: CLICKABLE,
          type: 'line',
          source: 'file',
          filter: isLine,
          layout: { 'line-cap': 'round' },
          paint: { 'line-color': colours.episode, 'line-width': ['case', expect.anything(), 5, 3] },
        },
      },
    ]);
  });

  it('reads no property of its lines beyond the base ones, whatever its style layer’s name', () => {
    expect(line.props({ ...border, name: 'spread' })).toEqual([]);
  });

  it('names its style layer and dashes it when asked, and its legend says so', () => {
    const spread: LinePart = { kind: 'line', name: 'spread', paint: colours.protestMark, width: [3, 4.5], dash: [2, 1.5], legend: 'legend.spread' };
    const [placed] = line.layers(spread, at, 'en');
    expect(placed?.layer).toMatchObject({ id: 'layer-spread', paint: { 'line-dasharray': [2, 1.5] } });
    expect(placed?.layer.layout).toBeUndefined();
    expect(line.legend(spread)).toEqual([{ label: 'legend.spread', symbol: 'dashed', colour: colours.protestMark }]);
    expect(line.legend(border)).toEqual([{ label: 'legend.episodeBorder', symbol: 'line', colour: colours.episode }]);
  });
});
