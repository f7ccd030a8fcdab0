/** The engine's vocabulary of layer kinds: a story's layer is made of parts, each of one kind. */
import type { FileId, LayerDef, LegendEntry } from '../../domain/story';
import type { Lang } from '../../domain/lang';
import type { PropRule } from '../../domain/validateProps';
import { area, type AreaPart } from './area';
import type { Kind, Placed } from './kind';
import { line, type LinePart } from './line';
import { point, type PointPart } from './point';
import { regions, type RegionsPart } from './regions';
import { symbols, type SymbolsPart } from './symbols';

export type Part = AreaPart | PointPart | LinePart | SymbolsPart | RegionsPart;

const KINDS: { [K in Part['kind']]: Kind<Extract<Part, { kind: K }>> } = { area, point, line, symbols, regions };

const kindOf = <P extends Part>(part: P) => KINDS[part.kind] as Kind<P>;

/** The style layers of a layer's parts, each in its band. */
export const partLayers = ({ id, file, parts }: Pick<LayerDef, 'id' | 'file' | 'parts'>, lang: Lang): Placed[] =>
  parts.flatMap((p) => kindOf(p).layers(p, { id, file: file.id }, lang));

/** The legend of a layer's parts, in their order. */
export const partLegend = (parts: readonly Part[]): LegendEntry[] => parts.flatMap((p) => kindOf(p).legend(p));

/** What the parts of the layers read of their files' features, by file id (for `expectations`). */
export function layerProps(layers: readonly Pick<LayerDef, 'file' | 'parts'>[]): Record<FileId, PropRule[]> {
  const out: Record<FileId, PropRule[]> = {};
  for (const l of layers) (out[l.file.id] ??= []).push(...l.parts.flatMap((p) => kindOf(p).props(p)));
  return out;
}
