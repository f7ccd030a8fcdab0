import { describe, expect, it } from 'vitest';
import type { LegendEntry } from '../domain/story';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { partLegend } from './kinds';
import { palette } from './palette';
import { SWATCH, swatchMarks, type Mark } from './swatch';
import { colours } from '../stories/kazakhstan-2022/colours';

const SYMBOLS: LegendEntry['symbol'][] = ['fill', 'line', 'dashed', 'circle', 'ring', 'circles', 'withdrawing', 'hatch', 'place'];

function extent(m: Mark): [number, number, number, number] {
  const half = (m.width ?? 0) / 2;
  if (m.shape === 'rect') return [m.x - half, m.y - half, m.x + m.w + half, m.y + m.h + half];
  if (m.shape === 'circle') return [m.cx - m.r - half, m.cy - m.r - half, m.cx + m.r + half, m.cy + m.r + half];
  return [Math.min(m.x1, m.x2), Math.min(m.y1, m.y2) - half, Math.max(m.x1, m.x2), Math.max(m.y1, m.y2) + half];
}

describe('swatchMarks', () => {
  it.each(SYMBOLS)('draws %s inside the swatch', (symbol) => {
    const marks = swatchMarks({ symbol, colour: colours.troops });
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      const [x0, y0, x1, y1] = extent(m);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(SWATCH.w);
      expect(y1).toBeLessThanOrEqual(SWATCH.h);
    }
  });

  it('paints every legend entry of the story in its colour', () => {
    for (const layer of LAYERS)
      for (const entry of partLegend(layer.parts)) {
        const colours = swatchMarks(entry).flatMap((m) => [m.shape === 'rect' ? (m.fill ?? m.hatch) : m.shape === 'line' ? m.stroke : m.fill, m.stroke]);
        expect(colours, `${layer.id}: ${entry.label}`).toContain(entry.colour);
      }
  });

  it('tells the symbols apart', () => {
    const drawn = SYMBOLS.map((symbol) => JSON.stringify(swatchMarks({ symbol, colour: colours.troops })));
    expect(new Set(drawn).size).toBe(SYMBOLS.length);
  });

  it('draws Crimea’s hatch with the border colour round it', () => {
    expect(swatchMarks({ symbol: 'hatch', colour: colours.troops })).toEqual([
      expect.objectContaining({ shape: 'rect', hatch: colours.troops, stroke: palette.border }),
    ]);
  });
});
