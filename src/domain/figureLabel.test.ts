import { describe, expect, it } from 'vitest';
import type { Figure, LayerCollection } from './features';
import { HEDGES, MARKS } from '../strings/hedges';
import { figureLabel, markWords, placesNamedBy, withFigureLabels } from './figureLabel';

const fig = (value: number, qualifier: Figure['qualifier'], kind: Figure['kind'] = 'troops'): Figure => ({
  kind,
  value,
  qualifier,
  source: 'panorama-2022-01-07',
});

describe('figureLabel', () => {
  it('prints the figure that sets the circle, with its hedge', () => {
    const rus = [fig(2500, 'more-than'), fig(5000, 'more-than'), fig(3000, 'reportedly')];
    expect(figureLabel(rus, 'troops', 2500, 'en', HEDGES)).toBe('more than 2,500');
    expect(figureLabel(rus, 'troops', 2500, 'ar', HEDGES)).toBe('أكثر من 2,500');
    expect(figureLabel([fig(500, 'reportedly')], 'troops', 500, 'en', HEDGES)).toBe('500 (reported)');
    expect(figureLabel([fig(500, 'reportedly')], 'troops', 500, 'ar', HEDGES)).toBe('500 (حسب التقارير)');
    expect(figureLabel([fig(100, 'exact'), fig(70, 'about')], 'troops', 100, 'en', HEDGES)).toBe('100');
    // Russian groups thousands with a no-break space.
    expect(figureLabel(rus, 'troops', 2500, 'ru', HEDGES)).toBe('более 2\u00A0500');
    expect(figureLabel([fig(500, 'reportedly')], 'troops', 500, 'ru', HEDGES)).toBe('500 (сообщалось)');
  });

  it('writes a hedge as its mark where the smallest maps have one, and every other hedge in words', () => {
    expect(figureLabel([fig(500, 'reportedly')], 'troops', 500, 'en', HEDGES, MARKS)).toBe('500*');
    expect(figureLabel([fig(500, 'reportedly')], 'troops', 500, 'ar', HEDGES, MARKS)).toBe('500*');
    expect(figureLabel([fig(2500, 'more-than')], 'troops', 2500, 'ru', HEDGES, MARKS)).toBe('более 2\u00A0500');
  });

  it('says what each mark stands for in the words of the hedge it shortens', () => {
    expect(markWords(MARKS, HEDGES, 'en')).toEqual([{ mark: '*', words: '(reported)' }]);
    expect(markWords(MARKS, HEDGES, 'ar')).toEqual([{ mark: '*', words: '(حسب التقارير)' }]);
    expect(markWords(MARKS, HEDGES, 'ru')).toEqual([{ mark: '*', words: '(сообщалось)' }]);
  });

  it('never borrows a total or another figure for the circle', () => {
    expect(figureLabel([fig(600, 'at-most', 'troops-others-total')], 'troops', 600, 'en', HEDGES)).toBeNull();
    expect(figureLabel([fig(150, 'reportedly')], 'troops', 200, 'en', HEDGES)).toBeNull();
  });
});

describe('withFigureLabels', () => {
  it('gives each symbol the figure of what it stands for and its capital’s name in every language, and leaves the rest alone', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [27.5, 53.9] },
          properties: { id: 'BLR', name_en: 'Belarus', name_ar: 'بيلاروسيا', name_ru: 'Белоруссия', figures: [fig(500, 'reportedly')] },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [27.5, 53.9] },
          properties: { id: 'BLR-troops', name_en: 'Belarus', name_ar: 'بيلاروسيا', name_ru: 'Белоруссия', ref: 'BLR', kind: 'troops', troops: 500 },
        },
      ],
    } as LayerCollection;
    const places = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [27.5, 53.9] },
          properties: { id: 'minsk', name_en: 'Minsk', name_ar: 'مينسك', name_ru: 'Минск', kind: 'capital' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30.5, 50.45] },
          properties: { id: 'kyiv', name_en: 'Kyiv', name_ar: 'كييف', name_ru: 'Киев', kind: 'capital' },
        },
      ],
    } as LayerCollection;
    const words = { hedges: HEDGES, marks: MARKS };
    const { data, standsOn } = withFigureLabels(fc, 'troops', words, places);
    expect(data.features[0]).toBe(fc.features[0]);
    expect(data.features[1]?.properties).toMatchObject({
      figure_en: '500 (reported)',
      figure_ar: '500 (حسب التقارير)',
      figure_ru: '500 (сообщалось)',
      figure_short_en: '500*',
      figure_short_ar: '500*',
      figure_short_ru: '500*',
      capital_en: 'Minsk',
      capital_ar: 'مينسك',
      capital_ru: 'Минск',
    });
    expect([...standsOn]).toEqual([['BLR-troops', 'minsk']]);
    expect(withFigureLabels(fc, 'troops', words).standsOn.size).toBe(0);
    // Minsk is named by Belarus's figure only while that figure is drawn.
    expect(placesNamedBy(standsOn, data.features)).toEqual(['minsk']);
    expect(placesNamedBy(standsOn, data.features.filter((f) => f.properties.id !== 'BLR-troops'))).toEqual([]);
  });
});
