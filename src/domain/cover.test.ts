import { describe, expect, it } from 'vitest';
import { coverRects } from './cover';

describe('coverRects', () => {
  it('covers a wide strip with a row of squares from end to end', () => {
    const squares = coverRects([{ left: 100, right: 200, top: 10, bottom: 30 }], 2);
    // 104 px wide, 24 px tall: five squares, the last flush with the right end.
    expect(squares).toHaveLength(5);
    expect(squares[0]).toEqual({ x: 110, y: 20, size: 24 });
    expect(squares.at(-1)).toEqual({ x: 190, y: 20, size: 24 });
    for (const s of squares) expect(s.size).toBe(24);
  });

  it('covers a box narrower than it is tall with one square', () => {
    expect(coverRects([{ left: 0, right: 10, top: 0, bottom: 30 }], 0)).toEqual([{ x: 5, y: 15, size: 30 }]);
  });

  it('skips empty boxes', () => {
    expect(coverRects([{ left: 5, right: 5, top: 5, bottom: 5 }], 0)).toEqual([]);
  });
});
