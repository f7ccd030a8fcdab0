import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('format', () => {
  it('writes numbers with Western digits in both languages', () => {
    expect(formatNumber(2500, 'en')).toBe('2,500');
    expect(formatNumber(2500, 'ar')).toMatch(/^2.500$/u);
  });

  it('writes a day, or a month when the day is not known', () => {
    expect(formatDate('2022-01-07', 'en')).toBe('7 January 2022');
    expect(formatDate('2022-01', 'en')).toBe('January 2022');
    expect(formatDate('2022-01-13', 'ar')).toMatch(/^13 يناير 2022$/u);
  });
});
