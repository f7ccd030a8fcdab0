import type { Colour } from '../../map/palette';

/**
 * The story's layer colours, shared by the map and its legend. They differ in lightness as
 * well as hue so that the protest, Almaty and CSTO layers stay apart in greyscale.
 */
export const colours = {
  protest: '#c0272d',
  protestMark: '#8f1d22',
  almaty: '#5b2a86',
  host: '#e0a040',
  hostMark: '#9a5f12',
  contributor: '#3f9c8f',
  troops: '#145c53',
  episode: '#3d4f8f',
  region: '#6b6459',
} as const satisfies Record<string, Colour>;
