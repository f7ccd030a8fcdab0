import type { FontFile } from './fonts';
import type { LayerSpecification, SourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/lang';
import { fileIds, story } from '../domain/story';
import { baseLayers, CONTROLS } from './base';
import { CLICKABLE, FONT, SELECTION } from './kinds/expressions';
import { partLayers } from './kinds';
import type { Slot } from './kinds/kind';

/**
 * The map's layers, bottom to top: the base map's, and between them the bands of the story's
 * layers, each drawn by its kinds. A thematic style layer's id starts with its layer's id, so
 * visibility is a prefix.
 */
function layers(lang: Lang): LayerSpecification[] {
  const placed = story().layers.flatMap((l) => partLayers(l, lang));
  const band = (slot: Slot) => placed.filter((p) => p.slot === slot).map((p) => p.layer);
  const base = baseLayers(lang);
  return [
    ...base.ground,
    ...band('countries'),
    ...base.disputed,
    ...band('regions'),
    ...band('areas'),
    ...base.water,
    ...band('region-lines'),
    ...base.borders,
    ...band('country-outlines'),
    ...band('outlines'),
    ...band('flows'),
    ...band('lines'),
    ...base.selected,
    ...band('symbols'),
    ...base.places,
    ...band('points'),
    ...base.placeSelected,
    ...band('point-selected'),
    ...base.countryNames,
    ...band('region-labels'),
    ...base.placeNames,
    ...band('symbol-labels'),
    ...base.actorNames,
    ...band('point-labels'),
    ...band('late-labels'),
    ...base.placeGuard,
    ...band('guards'),
    ...band('symbol-guards'),
    ...base.top,
  ];
}

/** Font files are given with absolute URLs: the style resolves them against nothing. */
export function buildStyle(lang: Lang, fonts: readonly FontFile[]): StyleSpecification {
  return {
    version: 8,
    'font-faces': { [FONT]: [...fonts] },
    sources: Object.fromEntries(
      [...fileIds(), CONTROLS, SELECTION].map((id): [string, SourceSpecification] => [
        id,
        { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      ]),
    ),
    layers: layers(lang),
  };
}

type TextField = NonNullable<NonNullable<SymbolLayerSpecification['layout']>['text-field']>;

/** What the name layers write in `lang`, by layer: every symbol layer with text follows the language. */
export const labelFields = (lang: Lang): [string, TextField][] =>
  layers(lang).flatMap((l) => (l.type === 'symbol' && l.layout?.['text-field'] ? [[l.id, l.layout['text-field']]] : []));

/** The style layers that draw names. */
export const LABEL_LAYERS: readonly string[] = labelFields('en').map(([id]) => id);

/**
 * Which style layers the reader can click (those marked CLICKABLE), most specific first: the
 * topmost drawn first, so a dot wins over the line under it and a city over its region.
 */
export const INTERACTIVE: readonly string[] = layers('en')
  .filter((l) => l.metadata === CLICKABLE)
  .map((l) => l.id)
  .reverse();
