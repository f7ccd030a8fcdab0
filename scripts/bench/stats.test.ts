import { describe, expect, it } from 'vitest';
import { kb, mb, ms, spread, x } from './format';
import { median, quantile, stats } from './stats';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('leaves its input unsorted', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('quantile and stats', () => {
  it('interpolates between neighbours', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([4, 1, 2, 3], 0.75)).toBe(3.25);
  });

  it('gives median, extremes, quartiles and count', () => {
    expect(stats([7, 1, 3, 5, 9])).toEqual({ median: 5, min: 1, max: 9, q1: 3, q3: 7, n: 5 });
  });
});

describe('format', () => {
  it('prints sizes in decimal units, times in whole ms, ratios with two decimals', () => {
    expect(kb(162_025)).toBe('162.0 KB');
    expect(mb(12_345_678)).toBe('12.3 MB');
    expect(ms(99.5)).toBe('100 ms');
    expect(x(1.2345)).toBe('1.23×');
    expect(x(1 / 0)).toBe('—');
    expect(spread(stats([2000, 1000, 1500]), ms)).toBe('1000 ms–2000 ms');
  });
});
