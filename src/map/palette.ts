/** A colour as the style and the legend write it. */
export type Colour = `#${string}`;

/**
 * The base map's colours, and those of what the engine itself draws over any story's layers
 * (selection, labels, disputed areas); a story brings the colours of its own layers.
 */
export const palette = {
  sea: '#c6dbe6',
  land: '#f5f2ea',
  border: '#7a7468',
  water: '#a9cbe0',
  river: '#6f9fc0',
  /** The hatch of areas drawn apart from the state that claims them. */
  disputed: '#145c53',
  selected: '#111111',
  label: '#2b2b2b',
  halo: '#ffffff',
  /** The base map's places: a capital's dot filled, a city's hollow, both ringed in `label`. */
  capital: '#2b2b2b',
  city: '#ffffff',
} as const satisfies Record<string, Colour>;
