import { describe, expect, it } from 'vitest';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { hatchPattern } from './base';
import type { AreaPart } from './kinds/area';
import { palette, type PaintKey } from './palette';

type RGB = [number, number, number];
const rgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as RGB;
const over = (top: string, alpha: number, under: string): string =>
  '#' +
  rgb(top)
    .map((c, i) => Math.round(c * alpha + rgb(under)[i]! * (1 - alpha)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('');
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as RGB;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio. */
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The story's area styles by their fill, with the opacity their part draws them at. */
const areas = new Map(
  LAYERS.flatMap((l) => l.parts)
    .filter((p): p is AreaPart => p.kind === 'area')
    .flatMap((p) => p.styles.map((s) => [s.fill, { ...s, opacity: p.opacity }] as const)),
);
const area = (key: PaintKey) => areas.get(key) ?? expect.unreachable(`no area is filled with ${key}`);
/** An area's fill as the eye gets it, over land. */
const fill = (key: PaintKey) => over(palette[key], area(key).opacity, palette.land);
/** The outline that carries an area's meaning where its fill is faint. */
const outline = (key: PaintKey) => palette[area(key).outline ?? key];

describe('palette', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  // WCAG 1.4.11: the marks that carry meaning stand 3:1 against what they are drawn on.
  it.each([
    ['protest outline on land', outline('protest'), palette.land],
    ['protest outline on its own fill', outline('protest'), fill('protest')],
    ['Almaty point on the host fill', palette.almaty, fill('host')],
    ['Zhanaozen point on the protest fill', outline('protest'), fill('protest')],
    ['host outline on land', outline('host'), palette.land],
    ['contributor outline on land', outline('contributor'), palette.land],
    ['troop symbol on the contributor fill', palette.troops, fill('contributor')],
    ['troop route on the host fill', palette.troops, fill('host')],
    ['troop route on land', palette.troops, palette.land],
    ['region boundary on the host fill', palette.region, fill('host')],
    ['selection outline on every fill', palette.selected, fill('host')],
    ['land against sea', palette.border, palette.sea],
    ['labels on their halo', palette.label, palette.halo],
    ['episode ring on land', palette.episode, palette.land],
    ['episode ring and border on the contributor fill', palette.episode, fill('contributor')],
  ])('%s ≥ 3:1', (_name, a, b) => {
    expect(contrast(a, b)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the protest, Almaty and CSTO areas apart in greyscale', () => {
    const marks = [fill('protest'), palette.almaty, fill('host'), fill('contributor')].map(luminance);
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++) expect(Math.abs(marks[i]! - marks[j]!)).toBeGreaterThan(0.04);
  });
});

describe('hatchPattern', () => {
  it('draws seamless diagonal stripes in the colour and leaves the rest transparent', () => {
    const { width, height, data } = hatchPattern(8, palette.troops);
    expect([width, height, data.length]).toEqual([8, 8, 8 * 8 * 4]);
    const at = (x: number, y: number) => [...data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([...rgb(palette.troops), 255]);
    expect(at(7, 1)).toEqual([...rgb(palette.troops), 255]);
    expect(at(4, 0)[3]).toBe(0);
    // The stripe leaving the tile's right edge comes back at its left.
    expect(at(7, 0)[3]).toBe(0);
    expect(at(0, 1)[3]).toBe(255);
  });
});
