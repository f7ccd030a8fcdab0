import {
  AttributionControl,
  Map as MapLibre,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { nameIn, selectionId, type BaseProps, type LayerCollection } from '../domain/features';
import { featureBounds, paddingClearOf, type Bounds, type Rect } from '../domain/bounds';
import { coverRects } from '../domain/cover';
import { distanceToLine, pick, REACH, SEARCH_RADIUS, type Candidate } from '../domain/pick';
import { featuresAt, withdrawingAt } from '../domain/timeline';
import { placesNamedBy, withFigureLabels } from '../domain/figureLabel';
import { HEDGES, MARKS } from '../strings/hedges';
import { VIEW_BBOX } from '../domain/geometry';
import { ZOOM_RANGE, type LayerId, type View } from '../domain/url';
import { type Lang } from '../domain/lang';
import { drawGlyphsLeftToRight } from './glyphDirection';
import { ButtonControl, EXIT_FULLSCREEN_ICON, FULLSCREEN_ICON, HOME_ICON } from './buttonControl';
import { palette } from './palette';
import { FONT_FILES } from './fonts';
import { ScaleBar } from './scaleBar';
import { buildStyle, INTERACTIVE, LABEL_LAYERS, labelFields } from './style';
import { capitalFilter, CONTROLS, HATCH, hatchPattern } from './base';
import { BLOCKER, BLOCKER_SIZE, FROM_FILE, SELECTION } from './kinds/expressions';
import { selectionData } from './selection';
import { story, symbolsOf, type FileId } from '../domain/story';

const { events, homeBounds, layers: LAYERS } = story();

setWorkerUrl(workerUrl);

const TIMED = new Set<FileId>(LAYERS.filter((l) => l.timed).map((l) => l.file.id));
/** The files drawn as proportional symbols, with the property that sizes them: labelled with their figures and the places they stand on. */
const SYMBOLS = new Map<FileId, string>(symbolsOf(LAYERS).map((s) => [s.file, s.value]));

/** A feature near the pointer, as the picking rule sees it, with what a chooser would call it. */
interface Near extends Candidate {
  feature: MapGeoJSONFeature;
}

export interface MapEvents {
  select(id: string | null): void;
  /** After the camera settles, never during a move. */
  viewChange(view: View): void;
}

export interface MapOptions {
  lang: Lang;
  view?: View;
  layers: readonly LayerId[];
  strings: {
    reset: string;
    fullscreen: string;
    exitFullscreen: string;
    attribution: string;
    label: string;
    zoomIn: string;
    zoomOut: string;
    choose: string;
  };
  reducedMotion: boolean;
  /** Where a panel lies over the map, so that what the camera frames is not under it. */
  covered?: () => Rect | null;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * The one owner of the MapLibre map. React hands it data, visibility, selection and
 * language; it answers with selections and settled views. Nothing here renders React.
 */
export class MapController {
  readonly map: MapLibre;
  private readonly data = new Map<FileId, LayerCollection>();
  /** Each file as drawn now (on the timeline's date, with its figures' labels): what a selection outlines. */
  private readonly drawn = new Map<FileId, LayerCollection>();
  private readonly popup = new Popup({ closeButton: false, closeOnClick: false, className: 'map-tooltip' });
  private readonly reset: ButtonControl;
  private readonly scale: ScaleBar;
  /** Absent where the page may not go full screen (an iframe without the permission). */
  private readonly fullscreen: ButtonControl | null = null;
  private readonly chooser = new Popup({ closeButton: false, closeOnClick: true, className: 'map-chooser', maxWidth: '260px' });
  private strings: MapOptions['strings'];
  private attribution: AttributionControl | null = null;
  /** The selection the pointer is over, and the features drawn for it, lit as one. */
  private hover: { id: string; features: { source: string; id: string }[] } | null = null;
  private lang: Lang;
  private selected: string | null = null;
  private pendingReveal: string | null = null;
  private date: string | null = null;
  private visible: readonly LayerId[] = [];
  /** By proportional symbols' file: each symbol's id → the place it stands on, whose name its label writes. */
  private readonly standsOn = new Map<FileId, ReadonlyMap<string, string>>();
  private pending: (() => void)[] | null = [];

  constructor(
    container: HTMLElement,
    private readonly options: MapOptions,
    private readonly events: MapEvents,
  ) {
    this.lang = options.lang;
    this.strings = options.strings;
    drawGlyphsLeftToRight();
    const view = options.view;
    this.map = new MapLibre({
      container,
      style: buildStyle(options.lang, FONT_FILES.map((f) => ({ ...f, url: absolute(f.url) }))),
      ...(view
        ? { center: [view.lon, view.lat], zoom: view.zoom }
        : { bounds: homeBounds(container.clientWidth), fitBoundsOptions: { padding: 20 } }),
      // The layer files end at VIEW_BBOX: the camera stays inside so their edge never shows.
      maxBounds: [
        [VIEW_BBOX[0] + 1, VIEW_BBOX[1] + 1],
        [VIEW_BBOX[2] - 1, VIEW_BBOX[3] - 1],
      ],
      minZoom: ZOOM_RANGE.min,
      maxZoom: ZOOM_RANGE.max,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: options.reducedMotion ? 0 : 300,
      maxTileCacheSize: 24,
    });
    // Before the first tile asks for it: a tile laid out without its pattern draws none.
    this.map.addImage(HATCH, hatchPattern(8, palette.disputed));
    const clear = new Uint8Array(BLOCKER_SIZE * BLOCKER_SIZE * 4);
    this.map.addImage(BLOCKER, { width: BLOCKER_SIZE, height: BLOCKER_SIZE, data: clear });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.reset = new ButtonControl('reset-view', HOME_ICON, options.strings.reset, () => this.resetView());
    this.map.addControl(this.reset, 'top-right');
    if (document.fullscreenEnabled) {
      // The whole page goes full screen, so the story panel stays beside the map.
      this.fullscreen = new ButtonControl('fullscreen', FULLSCREEN_ICON, options.strings.fullscreen, () => {
        const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
        done.catch(() => undefined);
      });
      this.map.addControl(this.fullscreen, 'top-right');
      document.addEventListener('fullscreenchange', this.onFullscreen);
    }
    this.scale = new ScaleBar(options.lang);
    this.map.addControl(this.scale, 'bottom-right');
    this.setStrings(options.strings);
    this.setVisibleLayers(options.layers);

    this.map.once('load', () => {
      const queued = this.pending ?? [];
      this.pending = null;
      for (const run of queued) run();
    });
    this.map.on('click', this.onClick);
    document.addEventListener('pointerdown', this.onPointerDownElsewhere, true);
    this.map.on('mousemove', this.onMove);
    this.map.getCanvas().addEventListener('mouseleave', this.clearHover);
    this.map.on('moveend', () => this.events.viewChange(this.view()));
    this.map.on('moveend', this.coverAtRest);
    this.map.on('resize', this.coverControls);
    this.map.once('load', this.coverControls);
  }

  view(): View {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** Puts the camera where a history step had it. */
  jumpTo(view: View): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  setData(file: FileId, data: LayerCollection): void {
    if (this.data.get(file) === data) return;
    this.data.set(file, data);
    this.draw(file);
    // Troop circles are labelled with the capital they stand on.
    if (file === 'places') for (const f of SYMBOLS.keys()) this.draw(f);
    if (this.selected) this.drawSelection();
    if (this.pendingReveal && this.reveal(this.pendingReveal, false)) this.pendingReveal = null;
  }

  /** Shows the map as it was on `date` (null: every date at once). */
  setDate(date: string | null): void {
    if (date === this.date) return;
    this.date = date;
    for (const file of this.data.keys()) if (TIMED.has(file)) this.draw(file);
    if (this.selected) this.drawSelection();
  }

  /** Moves the camera to a box, in one jump when the reader asked for less motion. */
  fit(bounds: Bounds, animate = true): void {
    const container = this.map.getContainer();
    // The map's own buttons, scale and credits lie over it as much as a panel does.
    const controls = [...container.querySelectorAll('.maplibregl-ctrl')].map((c) => c.getBoundingClientRect());
    const box = container.getBoundingClientRect();
    // Room for a name around the outermost place: a long one needs about 100 px either side.
    const room = Math.min(100, Math.max(40, box.width / 4));
    const padding = paddingClearOf(box, [this.options.covered?.() ?? null, ...controls], room);
    this.map.fitBounds(bounds, { padding, maxZoom: ZOOM_RANGE.max, animate: animate && !this.options.reducedMotion });
  }

  setVisibleLayers(visible: readonly LayerId[]): void {
    this.visible = visible;
    this.nameCapitals();
    this.whenStyled(() => {
      for (const { id } of LAYERS) {
        const value = visible.includes(id) ? 'visible' : 'none';
        // getLayersOrder, not getStyle: the style's serialisation copies every source's data.
        for (const layer of this.map.getLayersOrder()) {
          if (layer.startsWith(`${id}-`)) this.map.setLayoutProperty(layer, 'visibility', value);
        }
      }
    });
  }

  setSelected(id: string | null, opts: { fly: boolean } = { fly: false }): void {
    if (id !== this.selected) {
      this.selected = id;
      this.drawSelection();
    }
    // Before its file has loaded, the selection is framed when it arrives (a shared link).
    this.pendingReveal = id && opts.fly && !this.reveal(id) ? id : null;
  }

  setLang(lang: Lang, strings: MapOptions['strings']): void {
    this.lang = lang;
    this.setStrings(strings);
    this.scale.setLang(lang);
    this.whenStyled(() => {
      for (const [layer, field] of labelFields(lang)) this.map.setLayoutProperty(layer, 'text-field', field);
    });
  }

  /**
   * The map as drawn, at `scale` canvas pixels per CSS pixel, copied to a 2D canvas. The
   * drawing buffer is not kept between frames (that would slow every frame), so the copy is
   * taken right after a synchronous redraw.
   */
  async snapshot(scale: number): Promise<HTMLCanvasElement> {
    const before = this.map.getPixelRatio();
    if (before === scale) return this.snapshotNow();
    const idle = new Promise((done) => this.map.once('idle', done));
    this.map.setPixelRatio(scale);
    await idle;
    try {
      return this.snapshotNow();
    } finally {
      this.map.setPixelRatio(before);
    }
  }

  /** The map as drawn now, at the screen's resolution: for `beforeprint`, which cannot wait. */
  snapshotNow(): HTMLCanvasElement {
    this.map.redraw();
    const source = this.map.getCanvas();
    const out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height;
    out.getContext('2d')?.drawImage(source, 0, 0);
    return out;
  }

  resetView(): void {
    this.map.fitBounds(homeBounds(this.map.getContainer().clientWidth), { padding: 20, animate: !this.options.reducedMotion });
  }

  destroy(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    document.removeEventListener('pointerdown', this.onPointerDownElsewhere, true);
    this.popup.remove();
    this.chooser.remove();
    this.map.remove();
  }

  /** Moves the camera to every feature that makes up the selection; false while no loaded file has it. */
  private reveal(id: string, animate = true): boolean {
    const features = [...this.data.values()].flatMap((fc) =>
      fc.features.filter((f) => selectionId(f.properties) === id && f.geometry.type !== 'LineString'),
    );
    const bounds = featureBounds(features);
    if (bounds) this.fit(bounds, animate);
    return bounds !== null;
  }

  private draw(file: FileId): void {
    const data = this.data.get(file);
    if (!data) return;
    const date = this.date;
    let shown = data;
    const value = SYMBOLS.get(file);
    if (value) {
      const { data: labelled, standsOn } = withFigureLabels(data, value, { hedges: HEDGES, marks: MARKS }, this.data.get('places'));
      shown = labelled;
      this.standsOn.set(file, standsOn);
    }
    if (date && TIMED.has(file)) {
      const leaving = withdrawingAt(date, events);
      // A flow that had begun to end is drawn as such (the symbols kind's `-withdrawing` layer).
      const features = featuresAt(shown.features, date, events).map((f) =>
        f.properties.ref && leaving.has(f.properties.ref) ? { ...f, properties: { ...f.properties, withdrawing: true } } : f,
      );
      shown = { ...shown, features };
    }
    this.drawn.set(file, shown);
    if (value) this.nameCapitals();
    this.whenStyled(() => void (this.map.getSource(file) as GeoJSONSource).setData(shown));
  }

  /** Capitals are named by their own labels, but for those a drawn symbol's label names. */
  private nameCapitals(): void {
    const named = [...this.standsOn].flatMap(([file, standsOn]) =>
      LAYERS.some((l) => l.file.id === file && this.visible.includes(l.id)) ? placesNamedBy(standsOn, this.drawn.get(file)?.features ?? []) : [],
    );
    this.whenStyled(() => this.map.setFilter('places-capital-labels', capitalFilter(named)));
  }

  /** Call after drawing: the outline follows each file as drawn. */
  private drawSelection(): void {
    const data = selectionData(this.drawn, this.selected);
    this.whenStyled(() => void (this.map.getSource(SELECTION) as GeoJSONSource).setData(data));
  }

  private readonly onFullscreen = (): void => {
    const button = this.fullscreen?.button;
    if (!button) return;
    const on = document.fullscreenElement !== null;
    button.querySelector('svg')!.innerHTML = on ? EXIT_FULLSCREEN_ICON : FULLSCREEN_ICON;
    button.setAttribute('aria-pressed', String(on));
    this.fullscreen.setLabel(on ? this.strings.exitFullscreen : this.strings.fullscreen);
  };

  private setStrings(strings: MapOptions['strings']): void {
    this.strings = strings;
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', strings.label);
    this.reset.setLabel(strings.reset);
    this.onFullscreen();
    // MapLibre names its zoom buttons once, in one language: name them in the reader's.
    const container = this.map.getContainer();
    for (const [selector, label] of [
      ['.maplibregl-ctrl-zoom-in', strings.zoomIn],
      ['.maplibregl-ctrl-zoom-out', strings.zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    }
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ customAttribution: strings.attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    // A small map keeps its credit folded behind the ⓘ button rather than over the map.
    container.querySelector('.maplibregl-compact')?.classList.remove('maplibregl-compact-show');
    // The credit's width follows the language.
    if (!this.pending) this.coverControls();
  }

  /**
   * The covers follow the camera once it rests: a move that runs straight into the next (a
   * pan, a tour's flight) would otherwise re-place every label between the two.
   */
  private coverAtRest = (): void => {
    requestAnimationFrame(() => {
      if (!this.map.isMoving()) this.coverControls();
    });
  };

  /**
   * Puts invisible squares where the controls lie over the map, so that labels are placed
   * clear of them (MapLibre's label placement knows nothing of the page around the canvas).
   */
  private coverControls = (): void => {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    const rects = [...container.querySelectorAll('.maplibregl-ctrl')].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
    });
    const features = coverRects(rects, 2).map(({ x, y, size }) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: this.map.unproject([x, y]).toArray() },
      properties: { size },
    }));
    void this.map.getSource<GeoJSONSource>(CONTROLS)?.setData({ type: 'FeatureCollection', features });
  };

  /** Runs now if the map has loaded, else in order once it has. */
  private whenStyled(run: () => void): void {
    if (this.pending) this.pending.push(run);
    else run();
  }

  /**
   * What is drawn within reach of the pointer: names and areas under it, symbols, lines and
   * names beside it. A name's box is the one MapLibre placed its text in, so a hit is the text
   * as drawn.
   */
  private near(point: { x: number; y: number }): Near[] {
    const { x, y } = point;
    const layers = INTERACTIVE.filter((l) => this.map.getLayer(l));
    const names = LABEL_LAYERS.filter((l) => this.map.getLayer(l));
    const around = (r: number): [PointLike, PointLike] => [
      [x - r, y - r],
      [x + r, y + r],
    ];
    const key = (f: MapGeoJSONFeature) => `${f.layer.id}/${String(f.id)}`;
    const under = new Set(this.map.queryRenderedFeatures([x, y], { layers: [...layers, ...names] }).map(key));
    const px = ([lon = 0, lat = 0]: number[]): [number, number] => {
      const p = this.map.project([lon, lat]);
      return [p.x, p.y];
    };
    const named = this.map.queryRenderedFeatures(around(REACH.touch.name), { layers: names }).map(
      (feature, stacking): Near => ({
        id: selectionId(feature.properties as { id: string; ref?: string }),
        kind: 'name',
        distance: under.has(key(feature)) ? 0 : REACH.touch.name,
        // Top first, as MapLibre answers.
        size: stacking,
        feature,
      }),
    );
    const drawn = this.map.queryRenderedFeatures(around(SEARCH_RADIUS), { layers }).flatMap((feature): Near[] => {
      const id = selectionId(feature.properties as { id: string; ref?: string });
      const paint = feature.layer.paint as Record<string, number | undefined>;
      if (feature.layer.type === 'fill') {
        if (!under.has(key(feature))) return [];
        return [{ id, kind: 'area', distance: 0, size: INTERACTIVE.indexOf(feature.layer.id), feature }];
      }
      // Read only here: an area's geometry is built on first read, all of it, and a fine border is long.
      const g = feature.geometry;
      if (feature.layer.type === 'circle' && g.type === 'Point') {
        const r = (paint['circle-radius'] ?? 0) + (paint['circle-stroke-width'] ?? 0) / 2;
        const [cx, cy] = px(g.coordinates);
        return [{ id, kind: 'symbol', distance: Math.max(0, Math.hypot(x - cx, y - cy) - r), size: r, feature }];
      }
      const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
      if (lines.length === 0) return [];
      const d = Math.min(...lines.map((l) => distanceToLine([x, y], l.map(px))));
      return [{ id, kind: 'line', distance: Math.max(0, d - (paint['line-width'] ?? 0) / 2), size: 0, feature }];
    });
    return [...named, ...drawn];
  }

  /** What a pointer at this point of the canvas opens, by id: a click's rule, for a click or a test. */
  pickAt(point: { x: number; y: number }, touch: boolean): string[] {
    return this.choices(point, touch).map((n) => n.id);
  }

  /** One feature for each thing a pointer here opens: one, several to choose from, or none. */
  private choices(point: { x: number; y: number }, touch: boolean): Near[] {
    const near = this.near(point);
    return pick(near, touch ? REACH.touch : REACH.mouse).flatMap((id) => near.find((n) => n.id === id) ?? []);
  }

  private picked(e: MapMouseEvent): MapGeoJSONFeature[] {
    const touch = e.originalEvent instanceof PointerEvent && e.originalEvent.pointerType === 'touch';
    return this.choices(e.point, touch).map((n) => n.feature);
  }

  private name(f: MapGeoJSONFeature): string {
    return nameIn({ name_en: '', ...(f.properties as Partial<BaseProps>) }, this.lang);
  }

  /**
   * A tap, then a touch elsewhere (the panel's close button), then a tap near the first is not
   * a double tap: MapLibre would zoom instead of opening what the second tap is on. Turning
   * the handler off and on forgets the first tap.
   */
  private onPointerDownElsewhere = (e: PointerEvent): void => {
    const zoom = this.map.doubleClickZoom;
    if (e.target instanceof Node && this.map.getCanvasContainer().contains(e.target)) return;
    if (!zoom.isEnabled()) return;
    zoom.disable();
    zoom.enable();
  };

  private onClick = (e: MapMouseEvent): void => {
    // The panel now names what was picked; a tap's tooltip would otherwise stay over the map.
    this.popup.remove();
    const features = this.picked(e);
    if (features.length > 1) return this.choose(e, features);
    const id = features[0] ? selectionId(features[0].properties as { id: string; ref?: string }) : null;
    this.events.select(id === this.selected ? null : id);
  };

  /** Two distinct things are under the pointer: the reader says which, by pointer or keyboard. */
  private choose(e: MapMouseEvent, features: MapGeoJSONFeature[]): void {
    this.popup.remove();
    const box = document.createElement('div');
    box.setAttribute('role', 'group');
    box.lang = this.lang;
    const heading = document.createElement('p');
    heading.id = 'map-chooser-heading';
    heading.textContent = this.strings.choose;
    box.setAttribute('aria-labelledby', heading.id);
    const list = document.createElement('ul');
    for (const f of features) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.name(f);
      button.addEventListener('click', () => {
        this.chooser.remove();
        this.events.select(selectionId(f.properties as { id: string; ref?: string }));
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    box.append(heading, list);
    box.addEventListener('keydown', (k) => {
      if (k.key !== 'Escape') return;
      this.chooser.remove();
      this.map.getCanvas().focus();
    });
    this.chooser.setLngLat(e.lngLat).setDOMContent(box).addTo(this.map);
    box.querySelector('button')?.focus();
  }

  private onMove = (e: MapMouseEvent): void => {
    const [f] = this.choices(e.point, false);
    const id = f?.id;
    if (this.hover?.id !== id) {
      this.clearHover();
      if (id) this.lightUp(id);
    }
    this.map.getCanvas().style.cursor = f ? 'pointer' : '';
    // Over a name the name is its own tooltip.
    if (!f || f.kind === 'name' || this.chooser.isOpen()) return void this.popup.remove();
    const name = this.name(f.feature);
    if (!name) return void this.popup.remove();
    const text = document.createElement('span');
    text.textContent = name;
    text.lang = this.lang;
    this.popup.setLngLat(e.lngLat).setDOMContent(text);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  };

  /** Lights every feature drawn for a selection: its area, circle and route answer to one pointer. */
  private lightUp(id: string): void {
    const features = selectionData(this.drawn, id).features.map((f) => ({ source: f.properties[FROM_FILE], id: f.properties.id }));
    for (const f of features) this.map.setFeatureState(f, { hover: true });
    this.hover = { id, features };
  }

  private clearHover = (): void => {
    for (const f of this.hover?.features ?? []) this.map.setFeatureState(f, { hover: false });
    this.hover = null;
    this.popup.remove();
    this.map.getCanvas().style.cursor = '';
  };
}

