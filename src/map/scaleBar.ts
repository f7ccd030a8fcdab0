import type { IControl, Map as MapLibre } from 'maplibre-gl';
import { formatKm } from '../domain/format';
import { dirOf, type Lang } from '../domain/lang';
import { scaleBar } from '../domain/share';

/** As long as MapLibre's own scale bar draws at most. */
const MAX_PX = 100;

/**
 * The map's scale bar at its centre, its distance written in the reader's language (MapLibre's own
 * writes "km" in every language), with MapLibre's look.
 */
export class ScaleBar implements IControl {
  private readonly container = document.createElement('div');
  private map: MapLibre | null = null;

  constructor(private lang: Lang) {
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
    this.container.dir = dirOf(lang);
  }

  private readonly update = () => {
    if (!this.map) return;
    const { km, px } = scaleBar(this.map.getCenter().lat, this.map.getZoom(), MAX_PX);
    this.container.style.width = `${Math.round(px)}px`;
    this.container.textContent = formatKm(km, this.lang);
  };

  setLang(lang: Lang): void {
    this.lang = lang;
    this.container.dir = dirOf(lang);
    this.update();
  }

  onAdd(map: MapLibre): HTMLElement {
    this.map = map;
    map.on('move', this.update);
    this.update();
    return this.container;
  }

  onRemove(): void {
    this.map?.off('move', this.update);
    this.map = null;
    this.container.remove();
  }
}
