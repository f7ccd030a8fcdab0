/** What the story's files are made of and on what terms, as geodata/README.md says: shared by their definitions. */
import type { GeometryType } from '../../domain/layerFiles';

export const AREA: GeometryType[] = ['Polygon', 'MultiPolygon'];
export const LINE: GeometryType[] = ['LineString', 'MultiLineString'];

export const NE = 'Natural Earth data: public domain.';
export const GEONAMES = 'Almaty’s point: GeoNames, CC BY 4.0 (credit “GeoNames”).';
export const ARTICLE =
  'Excerpt ids refer to short quotations of the article of 13 January 2022, whose text remains its publisher’s; figures and dates name their source.';
