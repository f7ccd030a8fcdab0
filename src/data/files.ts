import countries from '../../geodata/countries.geojson?url';
import labels from '../../geodata/labels.geojson?url';
import water from '../../geodata/water.geojson?url';
import places from '../../geodata/places.geojson?url';
import regions from '../../geodata/regions.geojson?url';
import protest from '../../geodata/protest.geojson?url';
import almaty from '../../geodata/almaty.geojson?url';
import csto from '../../geodata/csto.geojson?url';
import episodes from '../../geodata/episodes.geojson?url';
import type { FileId } from '../content/layers';

/** Where each layer file is served (hashed names in the build, so they cache for good). */
export const fileUrls: Readonly<Record<FileId, string>> = {
  countries,
  labels,
  water,
  places,
  regions,
  protest,
  almaty,
  csto,
  episodes,
};
