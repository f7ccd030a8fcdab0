import { describe, expect, it } from 'vitest';
import { hatchPattern } from '../../map/base';
import type { AreaPart } from '../../map/kinds/area';
import { palette, type Colour } from '../../map/palette';
import { colours } from './colours';
import { LAYERS } from './layers';

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
const area = (c: Colour) => areas.get(c) ?? expect.unreachable(`no area is filled with ${c}`);
/** An area's fill as the eye gets it, over land. */
const fill = (c: Colour) => over(c, area(c).opacity, palette.land);
/** The outline that carries an area's meaning where its fill is faint. */
const outline = (c: Colour) => area(c).outline ?? c;

describe('colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  // WCAG 1.4.11: the marks that carry meaning stand 3:1 against what they are drawn on.
  it.each([
    ['protest outline on land', outline(colours.protest), palette.land],
    ['protest outline on its own fill', outline(colours.protest), fill(colours.protest)],
    ['Almaty point on the host fill', colours.almaty, fill(colours.host)],
    ['Zhanaozen point on the protest fill', outline(colours.protest), fill(colours.protest)],
    ['host outline on land', outline(colours.host), palette.land],
    ['contributor outline on land', outline(colours.contributor), palette.land],
    ['troop symbol on the contributor fill', colours.troops, fill(colours.contributor)],
    ['troop route on the host fill', colours.troops, fill(colours.host)],
    ['troop route on land', colours.troops, palette.land],
    ['region boundary on the host fill', colours.region, fill(colours.host)],
    ['selection outline on every fill', palette.selected, fill(colours.host)],
    ['land against sea', palette.border, palette.sea],
    ['labels on their halo', palette.label, palette.halo],
    ['episode ring on land', colours.episode, palette.land],
    ['episode ring and border on the contributor fill', colours.episode, fill(colours.contributor)],
  ])('%s ≥ 3:1', (_name, a, b) => {
    expect(contrast(a, b)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the protest, Almaty and CSTO areas apart in greyscale', () => {
    const marks = [fill(colours.protest), colours.almaty, fill(colours.host), fill(colours.contributor)].map(luminance);
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++) expect(Math.abs(marks[i]! - marks[j]!)).toBeGreaterThan(0.04);
  });
});

describe('hatchPattern', () => {
  it('draws seamless diagonal stripes in the colour and leaves the rest transparent', () => {
    const { width, height, data } = hatchPattern(8, palette.disputed);
    expect([width, height, data.length]).toEqual([8, 8, 8 * 8 * 4]);
    const at = (x: number, y: number) => [...data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([...rgb(palette.disputed), 255]);
    expect(at(7, 1)).toEqual([...rgb(palette.disputed), 255]);
    expect(at(4, 0)[3]).toBe(0);
    // The stripe leaving the tile's right edge comes back at its left.
    expect(at(7, 0)[3]).toBe(0);
    expect(at(0, 1)[3]).toBe(255);
  });
});
