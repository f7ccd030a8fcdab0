import type { IControl } from 'maplibre-gl';

/** One icon button in the map's control column, named in the reader's language. */
export class ButtonControl implements IControl {
  private readonly container = document.createElement('div');
  readonly button = document.createElement('button');

  constructor(className: string, icon: string, label: string, onClick: () => void) {
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button.type = 'button';
    this.button.className = className;
    this.button.innerHTML = `<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">${icon}</svg>`;
    this.button.addEventListener('click', onClick);
    this.container.append(this.button);
    this.setLabel(label);
  }

  setLabel(label: string): void {
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
  }

  onAdd(): HTMLElement {
    return this.container;
  }

  onRemove(): void {
    this.container.remove();
  }
}

const stroke = 'fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"';
/** A house: back to the first view. */
export const HOME_ICON = `<path d="M3 10 10 3.5 17 10M5.5 8v8.5h3.5v-5h2v5h3.5V8" ${stroke}/>`;
/** Four corners: the whole screen. */
export const FULLSCREEN_ICON = `<path d="M3 8V3h5M17 12v5h-5M12 3h5v5M8 17H3v-5" ${stroke}/>`;
/** Four corners pointing in: leave the whole screen. */
export const EXIT_FULLSCREEN_ICON = `<path d="M8 3v5H3M12 17v-5h5M17 8h-5V3M3 12h5v5" ${stroke}/>`;
