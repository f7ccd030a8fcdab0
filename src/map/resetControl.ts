import type { IControl } from 'maplibre-gl';

/** A map button that puts the camera back on the first view. */
export class ResetControl implements IControl {
  private readonly container = document.createElement('div');
  private readonly button = document.createElement('button');

  constructor(label: string, onReset: () => void) {
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button.type = 'button';
    this.button.className = 'reset-view';
    this.button.innerHTML =
      '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 8V3h5M3 3l5 5M17 12v5h-5m5 0-5-5M12 3h5v5m0-5-5 5M8 17H3v-5m0 5 5-5" fill="none" stroke="currentColor" stroke-width="1.8"/></svg>';
    this.button.addEventListener('click', onReset);
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
