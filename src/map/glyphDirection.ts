let fixed = false;

/**
 * MapLibre draws label glyphs one at a time on OffscreenCanvas contexts, after it has put each
 * label in reading order and mirrored its brackets itself. A context keeps its default
 * direction, "inherit", which follows the page: on the Arabic page it mirrors "(" a second time,
 * and the map's Arabic labels show their brackets back to front. So every such context draws
 * left to right, whatever the page's direction.
 */
export function drawGlyphsLeftToRight(): void {
  if (fixed || typeof OffscreenCanvas === 'undefined') return;
  fixed = true;
  const getContext = OffscreenCanvas.prototype.getContext;
  OffscreenCanvas.prototype.getContext = function (this: OffscreenCanvas, ...args: Parameters<typeof getContext>) {
    const context = getContext.apply(this, args);
    if (context instanceof OffscreenCanvasRenderingContext2D) context.direction = 'ltr';
    return context;
  } as typeof getContext;
}
