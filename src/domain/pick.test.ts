import { describe, expect, it } from 'vitest';
import { distanceToLine, pick, REACH, SEARCH_RADIUS, type Candidate } from './pick';

const area = (id: string, size = 0): Candidate => ({ id, kind: 'area', distance: 0, size });
const line = (id: string, distance: number): Candidate => ({ id, kind: 'line', distance, size: 0 });
const symbol = (id: string, distance: number, size = 4.5): Candidate => ({ id, kind: 'symbol', distance, size });
const name = (id: string, distance = 0, size = 0): Candidate => ({ id, kind: 'name', distance, size });

describe('pick', () => {
  it('opens what a printed name names, over the line and the area under its letters', () => {
    // The word Kyrgyzstan, with the Dushanbe–Almaty route under it.
    expect(pick([area('KGZ'), line('TJK', 0), name('KGZ')], REACH.mouse)).toEqual(['KGZ']);
    // The word Kazakhstan, over Karaganda Region.
    expect(pick([area('karaganda-region'), area('KAZ', 5), name('KAZ')], REACH.mouse)).toEqual(['KAZ']);
    // The word Almaty: the city, not the region it is drawn over.
    expect(pick([area('almaty-region'), name('almaty')], REACH.touch)).toEqual(['almaty']);
  });

  it('gives a name under the pointer the click over a symbol beside it', () => {
    expect(pick([symbol('zhanaozen', 2), name('zhanaozen-label-of-something-else')], REACH.mouse)).toEqual(['zhanaozen-label-of-something-else']);
    expect(pick([symbol('RUS', 0, 21), name('moscow')], REACH.touch)).toEqual(['moscow']);
  });

  it('opens the name drawn on top where two names touch under the pointer', () => {
    expect(pick([name('UZB', 0, 3), name('KGZ', 0, 1)], REACH.mouse)).toEqual(['KGZ']);
  });

  it('lets a tap just off a name open it, but not over a symbol within reach, and not for a mouse', () => {
    expect(pick([area('TUR'), name('ARM', REACH.touch.name)], REACH.touch)).toEqual(['ARM']);
    expect(pick([area('TUR'), name('ARM', 3)], REACH.mouse)).toEqual(['TUR']);
    expect(pick([symbol('yerevan', 4), name('ARM', 3)], REACH.touch)).toEqual(['yerevan']);
    expect(pick([line('TJK', 0), name('KGZ', 4)], REACH.touch)).toEqual(['KGZ']);
  });

  it('opens the area under the pointer when a route passes a few pixels away', () => {
    expect(pick([area('KGZ'), line('TJK', 5)], REACH.mouse)).toEqual(['KGZ']);
  });

  it('opens the route when the pointer is on it or within its reach', () => {
    expect(pick([area('KGZ'), line('TJK', 0)], REACH.mouse)).toEqual(['TJK']);
    expect(pick([area('KGZ'), line('TJK', 3)], REACH.mouse)).toEqual(['TJK']);
  });

  it('gives a symbol the click only when the pointer is on it or right beside it', () => {
    expect(pick([area('KGZ'), symbol('almaty', 2)], REACH.mouse)).toEqual(['almaty']);
    expect(pick([area('KGZ'), symbol('almaty', 8)], REACH.mouse)).toEqual(['KGZ']);
  });

  it('lets a tap reach further than a mouse, but not to a neighbour well away', () => {
    expect(pick([area('mangystau'), symbol('zhanaozen', 8)], REACH.touch)).toEqual(['zhanaozen']);
    expect(pick([area('mangystau'), symbol('zhanaozen', 8)], REACH.mouse)).toEqual(['mangystau']);
    expect(pick([area('KGZ'), symbol('almaty', 14)], REACH.touch)).toEqual(['KGZ']);
    expect(pick([area('KGZ'), line('TJK', 9)], REACH.touch)).toEqual(['KGZ']);
  });

  it('prefers a symbol over a line, and a line over an area', () => {
    expect(pick([area('KAZ'), line('RUS', 0), symbol('aktobe', 1)], REACH.mouse)).toEqual(['aktobe']);
    expect(pick([line('RUS', 1), area('KAZ')], REACH.mouse)).toEqual(['RUS']);
  });

  it('opens the area drawn on top among nested areas', () => {
    expect(pick([area('KAZ', 12), area('mangystau', 10), area('mangystau-region', 11)], REACH.mouse)).toEqual([
      'mangystau',
    ]);
  });

  it('offers a choice when two distinct symbols are truly under the pointer', () => {
    expect(pick([symbol('bishkek', 0, 4.5), symbol('KGZ', 0, 5.1)], REACH.mouse)).toEqual(['bishkek', 'KGZ']);
    expect(pick([symbol('a', 2), symbol('b', 5)], REACH.touch)).toEqual(['a', 'b']);
    expect(pick([symbol('a', 1), symbol('b', 8)], REACH.touch)).toEqual(['a']);
  });

  it('offers a choice between routes that run together under the pointer', () => {
    expect(pick([line('RUS', 0), line('BLR', 0), area('KAZ')], REACH.mouse)).toEqual(['RUS', 'BLR']);
  });

  it('gives a small dot on a much larger circle the click, as the eye sees it on top', () => {
    expect(pick([symbol('RUS', 0, 21), symbol('moscow', 0, 4.5)], REACH.mouse)).toEqual(['moscow']);
    expect(pick([symbol('RUS', 0, 21), symbol('moscow', 2, 4.5)], REACH.mouse)).toEqual(['RUS']);
  });

  it('counts one feature drawn by two layers once', () => {
    expect(pick([line('RUS', 0), line('RUS', 0)], REACH.mouse)).toEqual(['RUS']);
  });

  it('opens nothing where nothing is drawn', () => {
    expect(pick([], REACH.touch)).toEqual([]);
    expect(pick([line('RUS', 20)], REACH.touch)).toEqual([]);
  });

  it('searches far enough for every reach', () => {
    expect(SEARCH_RADIUS).toBeGreaterThanOrEqual(REACH.touch.symbol);
  });
});

describe('distanceToLine', () => {
  it('measures to the nearest segment, ends included', () => {
    const l = [
      [0, 0],
      [10, 0],
      [10, 10],
    ] as const;
    expect(distanceToLine([5, 3], l)).toBe(3);
    expect(distanceToLine([13, 5], l)).toBe(3);
    expect(distanceToLine([-3, -4], l)).toBe(5);
    expect(distanceToLine([1, 1], [[4, 5]])).toBe(5);
  });
});
