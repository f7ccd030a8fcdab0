import type { LayerDef } from '../../domain/story';

/** The thematic layers, in the order of the layer panel. */
export const LAYERS: readonly LayerDef[] = [
  {
    id: 'protest',
    name: 'layers.protest',
    file: 'protest',
    visible: true,
    timed: true,
    legend: [
      { label: 'legend.mangystau', symbol: 'fill', paint: 'protest' },
      { label: 'legend.zhanaozen', symbol: 'circle', paint: 'protestMark' },
      { label: 'legend.spread', symbol: 'dashed', paint: 'protestMark' },
    ],
  },
  {
    id: 'almaty',
    name: 'layers.almaty',
    file: 'almaty',
    visible: true,
    timed: true,
    legend: [
      { label: 'legend.almaty', symbol: 'circle', paint: 'almaty' },
      { label: 'legend.airport', symbol: 'ring', paint: 'almaty' },
    ],
  },
  {
    id: 'csto',
    name: 'layers.csto',
    file: 'csto',
    visible: true,
    timed: true,
    legend: [
      { label: 'legend.host', symbol: 'fill', paint: 'host' },
      { label: 'legend.contributor', symbol: 'fill', paint: 'contributor' },
      { label: 'legend.crimea', symbol: 'hatch', paint: 'troops' },
      { label: 'legend.troops', symbol: 'circles', paint: 'troops' },
      { label: 'legend.route', symbol: 'line', paint: 'troops' },
      { label: 'legend.withdrawing', symbol: 'withdrawing', paint: 'troops' },
    ],
    note: 'legend.troopFigures',
  },
  {
    id: 'regions',
    name: 'layers.regions',
    file: 'regions',
    visible: true,
    legend: [{ label: 'legend.region', symbol: 'dashed', paint: 'region' }],
    note: 'legend.regionsNote',
  },
  {
    // Context, not the story itself: off until its chapter or the reader turns it on.
    id: 'episodes',
    name: 'layers.episodes',
    file: 'episodes',
    visible: false,
    legend: [
      { label: 'legend.episode', symbol: 'ring', paint: 'episode' },
      { label: 'legend.episodeBorder', symbol: 'line', paint: 'episode' },
    ],
  },
];

type Box = [[number, number], [number, number]];

/**
 * The first view: every CSTO member's capital and Kazakhstan (its far eastern tip past the
 * edge), with open ground in the south-west for the layer panel, and close enough in for
 * every actor's name and figure.
 */
export const HOME_BOUNDS: Box = [
  [19, 36.5],
  [83, 56.5],
];

/**
 * A narrower map (a phone, an embed in a column) keeps the room beside Almaty and Minsk,
 * where its buttons take the right edge, and Dushanbe clear of the credits at the bottom.
 */
const NARROW_HOME_BOUNDS: Box = [
  [12, 36.5],
  [88, 56.5],
];

/** The first view's box for a map this many pixels wide. */
export const homeBounds = (width: number): Box => (width < 800 ? NARROW_HOME_BOUNDS : HOME_BOUNDS);
