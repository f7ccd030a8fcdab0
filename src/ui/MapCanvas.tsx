import { useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bounds } from '../domain/bounds';
import type { Collections } from '../domain/entity';
import type { LayerId, View } from '../domain/url';
import type { Lang } from '../domain/lang';
import { MapController } from '../map/controller';
import { fileIds } from '../domain/story';

const FILE_IDS = fileIds();

interface Props {
  lang: Lang;
  initialView?: View;
  layers: LayerId[];
  selected: string | null;
  /** Set when the selection came from outside the map (the list), so the camera follows. */
  flyTo: boolean;
  /** A box the camera moves to whenever a new one arrives (a tour chapter's). */
  fitBounds: Bounds | null;
  /** A panel over the map, kept clear of what the camera frames. */
  covered?: RefObject<HTMLElement | null>;
  /** The timeline's day, or null for every day. */
  date: string | null;
  data: Collections;
  debug: boolean;
  onSelect(id: string | null): void;
  onViewChange(view: View): void;
  /** The browser cannot draw the map (no WebGL): the page goes on without it. */
  onUnavailable(): void;
  handle?: Ref<MapHandle>;
}

/** What the rest of the page may ask of the map. */
export interface MapHandle {
  /** The map at `scale` pixels per CSS pixel; rejects when the map is not drawn. */
  snapshot(scale: number): Promise<HTMLCanvasElement>;
  /** Puts a sharp picture of the map where print shows it (a WebGL canvas prints blank). */
  preparePrint(): Promise<void>;
  /** The camera now, or null without a map. */
  view(): View | null;
  /** Puts the camera at a view (a step of history). */
  jumpTo(view: View): void;
}

const noMap = () => new Error('no map');

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Mounts the map owner and hands it what React knows; the map never re-renders React. */
export function MapCanvas(props: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [failed, setFailed] = useState(false);
  const printImage = useRef<HTMLImageElement>(null);
  // Set while the print picture is the sharp one from preparePrint, not yet printed.
  const prepared = useRef(false);
  const strings = {
    reset: t('map.reset'),
    fullscreen: t('map.fullscreen'),
    exitFullscreen: t('map.exitFullscreen'),
    attribution: t('map.attribution'),
    label: t('map.label'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    choose: t('map.choose'),
  };

  useEffect(() => {
    if (!container.current) return;
    const p = latest.current;
    let map: MapController;
    try {
      map = new MapController(
        container.current,
        {
          lang: p.lang,
          view: p.initialView,
          layers: p.layers,
          strings,
          reducedMotion: reducedMotion(),
          covered: () => latest.current.covered?.current?.getBoundingClientRect() ?? null,
        },
        {
          select: (id) => latest.current.onSelect(id),
          viewChange: (view) => latest.current.onViewChange(view),
        },
      );
    } catch (e) {
      console.warn('The map could not start:', (e as Error).message);
      setFailed(true);
      p.onUnavailable();
      return;
    }
    controller.current = map;
    map.map.getCanvas().setAttribute('aria-describedby', 'map-help');
    // `__pick` answers what a pointer at a canvas point opens, by the click's own rule.
    if (p.debug) Object.assign(window, { __map: map.map, __pick: map.pickAt.bind(map) });
    return () => {
      controller.current = null;
      map.destroy();
    };
    // The map is made once per mount; later props reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(
    props.handle,
    () => ({
      snapshot: (scale) => controller.current?.snapshot(scale) ?? Promise.reject(noMap()),
      view: () => controller.current?.view() ?? null,
      jumpTo: (view) => controller.current?.jumpTo(view),
      async preparePrint() {
        const map = controller.current;
        const img = printImage.current;
        if (!map || !img) return;
        const canvas = await map.snapshot(2);
        const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
        if (!blob) return;
        img.src = URL.createObjectURL(blob);
        prepared.current = true;
      },
    }),
    [],
  );

  // Printing from the browser's menu cannot wait for a sharp copy: take the map as drawn.
  useEffect(() => {
    const before = () => {
      const map = controller.current;
      const img = printImage.current;
      if (!map || !img || prepared.current) return;
      img.src = map.snapshotNow().toDataURL('image/png');
    };
    const after = () => {
      const img = printImage.current;
      if (!img) return;
      if (img.src.startsWith('blob:')) URL.revokeObjectURL(img.src);
      img.removeAttribute('src');
      prepared.current = false;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(() => {
    for (const file of FILE_IDS) {
      const fc = props.data[file];
      if (fc) controller.current?.setData(file, fc);
    }
  }, [props.data]);
  useEffect(() => controller.current?.setVisibleLayers(props.layers), [props.layers]);
  useEffect(() => controller.current?.setDate(props.date), [props.date]);
  useEffect(() => {
    if (props.fitBounds) controller.current?.fit(props.fitBounds);
  }, [props.fitBounds]);
  // A link that names a selection but no camera opens on the selection.
  const frameFirst = useRef(!props.initialView && props.selected !== null);
  useEffect(() => {
    controller.current?.setSelected(props.selected, { fly: props.flyTo || frameFirst.current });
    frameFirst.current = false;
  }, [props.selected, props.flyTo]);
  useEffect(() => {
    controller.current?.setLang(props.lang, strings);
    // strings follow the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.lang]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" />
      <img ref={printImage} className="print-map" alt={t('map.label')} />
      <p id="map-help" className="visually-hidden">
        {t('map.help')}
      </p>
      {failed && (
        <div className="map-fallback" role="alert">
          {t('map.noWebgl')}
        </div>
      )}
    </div>
  );
}
