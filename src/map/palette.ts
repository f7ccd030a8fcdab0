/**
 * The map's colours, shared with the legend. Thematic colours differ in lightness as well
 * as hue so that the protest, Almaty and CSTO layers stay apart in greyscale.
 */
export const palette = {
  sea: '#c6dbe6',
  land: '#f5f2ea',
  border: '#7a7468',
  water: '#a9cbe0',
  river: '#6f9fc0',
  region: '#6b6459',
  protest: '#c0272d',
  protestMark: '#8f1d22',
  almaty: '#5b2a86',
  host: '#e0a040',
  hostMark: '#9a5f12',
  contributor: '#3f9c8f',
  troops: '#145c53',
  episode: '#3d4f8f',
  selected: '#111111',
  label: '#2b2b2b',
  halo: '#ffffff',
} as const;

export type PaintKey = keyof typeof palette;
