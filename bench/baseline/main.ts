/**
 * The benchmark's baseline: MapLibre alone drawing the app's layer files with the app's
 * style, fonts, worker wiring and first view. No React, no panels, no controls, no
 * validation. `?w=…&h=…` sizes the map in CSS pixels, so it can match the app's map.
 */
// The story's map parts first, as in the app: the style reads them.
import './story';
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { fileIds, story } from '../../src/domain/story';
import { VIEW_BBOX } from '../../src/domain/geometry';
import { FONT_FILES } from '../../src/map/fonts';
import { buildStyle } from '../../src/map/style';

setWorkerUrl(workerUrl);

// The same zoom range as the app (src/domain/url.ts ZOOM_RANGE); written out here so the
// baseline does not pull in the URL parser and its schema library.
const ZOOM_MIN = 1;
const ZOOM_MAX = 7;

const absolute = (url: string) => new URL(url, document.baseURI).href;
const container = document.getElementById('map') as HTMLElement;
const params = new URLSearchParams(window.location.search);
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });

const lang = navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
const map = new MapLibre({
  container,
  style: buildStyle(lang, FONT_FILES.map((f) => ({ ...f, url: absolute(f.url) }))),
  bounds: story().homeBounds(w > 0 ? w : container.clientWidth),
  fitBoundsOptions: { padding: 20 },
  maxBounds: [
    [VIEW_BBOX[0] + 1, VIEW_BBOX[1] + 1],
    [VIEW_BBOX[2] - 1, VIEW_BBOX[3] - 1],
  ],
  minZoom: ZOOM_MIN,
  maxZoom: ZOOM_MAX,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  fadeDuration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
});
Object.assign(window, { __map: map });

// Every file is fetched at once and all are handed to the map in one task, once it has
// loaded: the map lays the data out in one go, the quickest plain way to draw them all.
const loaded = new Promise<void>((done) => map.once('load', () => done()));
const FILE_IDS = fileIds();
const files = Promise.all(FILE_IDS.map((file) => fetch(story().fileUrl(file)!).then((res) => res.json())));
void Promise.all([files, loaded]).then(([data]) => {
  FILE_IDS.forEach((file, i) => (map.getSource(file) as GeoJSONSource).setData(data[i]));
});
