import { describe, expect, it } from 'vitest';
import { formatDate, formatKm, formatNumber } from './format';

describe('format', () => {
  it('writes numbers with Western digits in both languages', () => {
    expect(formatNumber(2500, 'en')).toBe('2,500');
    expect(formatNumber(2500, 'ar')).toMatch(/^2.500$/u);
  });

  it('writes a day, or a month when the day is not known', () => {
    expect(formatDate('2022-01-07', 'en')).toBe('7 January 2022');
    expect(formatDate('2022-01', 'en')).toBe('January 2022');
    expect(formatDate('2022-01-13', 'ar')).toMatch(/^13 يناير 2022$/u);
    expect(formatDate('2022-01-06', 'ru')).toBe('6 января 2022 г.');
  });

  it('writes Russian thousands with a no-break space', () => {
    expect(formatNumber(2500, 'ru')).toBe('2\u00A0500');
  });

  it('writes a distance in kilometres in each language', () => {
    expect(formatKm(500, 'en')).toBe('500 km');
    expect(formatKm(500, 'ru')).toBe('500 км');
    expect(formatKm(1000, 'ar')).toMatch(/^1.000 كم$/u);
  });
});
