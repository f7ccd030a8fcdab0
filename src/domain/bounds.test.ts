import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureBounds, paddingClearOf } from './bounds';

const point = (lon: number, lat: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('featureBounds', () => {
  it('spans every feature', () => {
    expect(featureBounds([point(52.8, 43.3), point(76.9, 43.3), point(71.4, 51.2)])).toEqual([
      [52.8, 43.3],
      [76.9, 51.2],
    ]);
  });

  it('is null for nothing', () => {
    expect(featureBounds([])).toBeNull();
  });
});

describe('paddingClearOf', () => {
  const map = { left: 0, top: 50, right: 700, bottom: 650 };
  const plain = { top: 60, right: 60, bottom: 60, left: 60 };

  it('pads away a panel in the lower left corner from the side that costs less of the map', () => {
    // 270 of 700 px across (39%), 230 of 600 px down (38%): the bottom is cheaper.
    expect(paddingClearOf(map, [{ left: 12, top: 420, right: 282, bottom: 638 }], 60)).toEqual({ ...plain, bottom: 270 });
    // A tall, narrow panel is cheaper to pad from the left.
    expect(paddingClearOf(map, [{ left: 12, top: 100, right: 150, bottom: 638 }], 60)).toEqual({ ...plain, left: 190 });
  });

  it('pads a panel on the right or at the top from its own side', () => {
    expect(paddingClearOf(map, [{ left: 600, top: 100, right: 690, bottom: 600 }], 60)).toEqual({ ...plain, right: 140 });
    expect(paddingClearOf(map, [{ left: 8, top: 58, right: 690, bottom: 100 }], 60)).toEqual({ ...plain, top: 90 });
  });

  it('pads each panel or control from its own side, the widest pad winning', () => {
    const zoom = { left: 650, top: 58, right: 690, bottom: 180 };
    const credits = { left: 300, top: 625, right: 695, bottom: 645 };
    const legend = { left: 12, top: 420, right: 282, bottom: 638 };
    expect(paddingClearOf(map, [zoom, credits, legend, null], 60)).toEqual({ top: 60, left: 60, right: 90, bottom: 270 });
  });

  it('keeps the plain padding with no panel, a panel off the map, or one too big to pad around', () => {
    expect(paddingClearOf(map, [null], 60)).toEqual(plain);
    expect(paddingClearOf(map, [{ left: 710, top: 60, right: 900, bottom: 600 }], 60)).toEqual(plain);
    expect(paddingClearOf(map, [{ left: 0, top: 0, right: 0, bottom: 0 }], 60)).toEqual(plain);
    expect(paddingClearOf(map, [{ left: 10, top: 60, right: 500, bottom: 640 }], 60)).toEqual(plain);
  });
});
