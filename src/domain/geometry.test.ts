import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/boolean-clockwise';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  clipToBbox,
  cutAtAntimeridian,
  greatCircleRoute,
  largestPolygon,
  polygonsOf,
  prepareArea,
  rewindRfc7946,
  ringSignedArea,
  untilArea,
  roundGeometry,
  roundTo,
  type AreaGeometry,
} from './geometry';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const allPositions = (g: AreaGeometry): Position[] => polygonsOf(g).flat(2);

describe('ringSignedArea', () => {
  it('is positive counter-clockwise and negative clockwise', () => {
    expect(ringSignedArea(square(0, 0, 2))).toBe(4);
    expect(ringSignedArea([...square(0, 0, 2)].reverse())).toBe(-4);
  });
});

describe('cutAtAntimeridian', () => {
  it('leaves a polygon that does not cross alone', () => {
    const p: Polygon = { type: 'Polygon', coordinates: [square(10, 10, 5)] };
    expect(cutAtAntimeridian(p)).toEqual(p);
  });

  it('cuts a polygon that jumps across 180° into parts within −180..180', () => {
    const crossing: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [170, 60],
          [-170, 60],
          [-170, 70],
          [170, 70],
          [170, 60],
        ],
      ],
    };
    const cut = cutAtAntimeridian(crossing) as MultiPolygon;
    expect(cut.type).toBe('MultiPolygon');
    expect(cut.coordinates).toHaveLength(2);
    for (const [x] of allPositions(cut)) expect(Math.abs(x!)).toBeLessThanOrEqual(180);
    const spans = cut.coordinates.map((rings) => {
      const xs = rings[0]!.map((p) => p[0]!);
      return [Math.min(...xs), Math.max(...xs)];
    });
    expect(spans).toContainEqual([170, 180]);
    expect(spans).toContainEqual([-180, -170]);
  });
});

/** A box of the dashboard's kind, fixed here so the expectations below stay put. */
const BOX: [number, number, number, number] = [10, 28, 110, 66];

describe('clipToBbox', () => {
  it('clips a polygon to the box and drops one outside it', () => {
    const p: Polygon = { type: 'Polygon', coordinates: [square(100, 60, 20)] };
    const clipped = clipToBbox(p, BOX)!;
    for (const [x, y] of allPositions(clipped)) {
      expect(x).toBeGreaterThanOrEqual(100);
      expect(x).toBeLessThanOrEqual(110);
      expect(y).toBeLessThanOrEqual(66);
    }
    expect(clipToBbox({ type: 'Polygon', coordinates: [square(-50, 0, 5)] }, BOX)).toBeNull();
  });

  it('splits a line that leaves and re-enters the box', () => {
    const clipped = clipToBbox(
      {
        type: 'LineString',
        coordinates: [
          [20, 40],
          [20, 70],
          [30, 70],
          [30, 40],
        ],
      },
      BOX,
    );
    expect(clipped).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [20, 40],
          [20, 66],
        ],
        [
          [30, 66],
          [30, 40],
        ],
      ],
    });
  });
});

describe('roundGeometry', () => {
  it('rounds positions and removes the duplicates rounding makes', () => {
    const p: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0.00001, 0],
          [0.00002, 0.00001],
          [1.23456, 0],
          [1.23456, 1.00004],
          [0, 1],
          [0.00001, 0],
        ],
      ],
    };
    expect(roundGeometry(p, 3)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1.235, 0],
          [1.235, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
  });

  it('drops a ring that collapses and never writes negative zero', () => {
    const tiny: Polygon = { type: 'Polygon', coordinates: [square(5, 5, 0.0001)] };
    expect(roundGeometry(tiny, 2)).toBeNull();
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });
});

describe('rewindRfc7946', () => {
  it('makes exterior rings counter-clockwise and holes clockwise', () => {
    const wrong: Polygon = {
      type: 'Polygon',
      coordinates: [[...square(0, 0, 10)].reverse(), square(2, 2, 2)],
    };
    const fixed = rewindRfc7946(wrong);
    expect(booleanClockwise(fixed.coordinates[0]!)).toBe(false);
    expect(booleanClockwise(fixed.coordinates[1]!)).toBe(true);
  });
});

describe('prepareArea', () => {
  it('keeps a border shared by two neighbours identical', () => {
    // Two neighbours sharing the edge x = 50 from y = 40 to y = 70 (partly outside the view).
    const shared: Position[] = [
      [50.00004, 40.12344],
      [50.31234, 55.55556],
      [49.98765, 70],
    ];
    const west: Polygon = {
      type: 'Polygon',
      coordinates: [[[40, 40], ...shared, [40, 70], [40, 40]]],
    };
    const east: Polygon = {
      type: 'Polygon',
      coordinates: [[[60, 40], [60, 70], ...[...shared].reverse(), [60, 40]]],
    };
    const a = allPositions(prepareArea(west, BOX, 3)!).map((p) => p.join(','));
    const b = allPositions(prepareArea(east, BOX, 3)!).map((p) => p.join(','));
    const common = a.filter((p) => b.includes(p));
    expect(common).toEqual(expect.arrayContaining(['50,40.123', '50.312,55.556']));
    // The cut at the view's top edge lands on the same point for both.
    expect(common.some((p) => p.endsWith(',66'))).toBe(true);
  });

  it('returns rings that follow RFC 7946 and stay inside the view', () => {
    const p: Polygon = { type: 'Polygon', coordinates: [[...square(100, 60, 20)].reverse()] };
    const out = prepareArea(p, BOX, 3)!;
    for (const rings of polygonsOf(out)) {
      expect(ringSignedArea(rings[0]!)).toBeGreaterThan(0);
      expect(rings[0]![0]).toEqual(rings[0]![rings[0]!.length - 1]);
    }
  });
});

describe('largestPolygon', () => {
  it('picks the part with the largest area', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1)], [square(10, 10, 3)], [square(20, 20, 2)]],
    };
    expect(largestPolygon(g)).toEqual([square(10, 10, 3)]);
  });
});

describe('greatCircleRoute', () => {
  it('runs exactly from one place to the other with its length in whole km', () => {
    const moscow = [37.6155, 55.7522];
    const almaty = [76.915, 43.325];
    const route = greatCircleRoute(moscow, almaty, 32, 3);
    expect(route.geometry.type).toBe('LineString');
    expect(route.geometry.coordinates).toHaveLength(32);
    expect(route.geometry.coordinates[0]).toEqual([37.616, 55.752]);
    expect(route.geometry.coordinates.at(-1)).toEqual([76.915, 43.325]);
    expect(Number.isInteger(route.length_km)).toBe(true);
    // Moscow to Almaty is about 3,100 km as the crow flies.
    expect(route.length_km).toBeGreaterThan(3000);
    expect(route.length_km).toBeLessThan(3200);
  });

  it('measures one degree of the equator as about 111 km', () => {
    expect(greatCircleRoute([0, 0], [1, 0]).length_km).toBe(111);
  });
});

describe('untilArea', () => {
  const city: Polygon = { type: 'Polygon', coordinates: [square(10, 0, 2)] };

  it('ends a line where it first meets the area’s outline', () => {
    expect(untilArea([[0, 1], [5, 1], [11, 1]], city)).toEqual([[0, 1], [5, 1], [10, 1]]);
    expect(untilArea([[0, -1], [11, 1]], city)).toEqual([[0, -1], [10, 0.8181818181818181]]);
  });

  it('leaves a line that never meets the area as it is', () => {
    expect(untilArea([[0, 5], [20, 5]], city)).toEqual([[0, 5], [20, 5]]);
  });
});
