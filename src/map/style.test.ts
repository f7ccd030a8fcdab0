import { describe, expect, it } from 'vitest';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { buildStyle, INTERACTIVE, LABEL_LAYERS, labelFields } from './style';

const style = buildStyle('en', { latin: 'latin.woff2', arabic: 'arabic.woff2' });
const layer = (id: string) => style.layers.find((l) => l.id === id)!;
const rank = (id: string) => ({ circle: 0, symbol: 0, line: 1, fill: 2 })[layer(id).type as 'circle'];

describe('the name layers', () => {
  it('are every layer that writes text, and each writes the reader’s language', () => {
    const writing = style.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field']).map((l) => l.id);
    expect(LABEL_LAYERS).toEqual(writing);
    expect(LABEL_LAYERS.length).toBeGreaterThan(5);
    const ar = new Map(labelFields('ar'));
    for (const [id, en] of labelFields('en')) expect(JSON.stringify(ar.get(id)), id).not.toBe(JSON.stringify(en));
  });
});

describe('the clickable layers', () => {
  it('put dots before lines and lines before areas, the topmost first', () => {
    const ranks = INTERACTIVE.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const drawn = style.layers.map((l) => l.id);
    const areas = INTERACTIVE.filter((id) => rank(id) === 2);
    expect(areas.map((id) => drawn.indexOf(id))).toEqual(areas.map((id) => drawn.indexOf(id)).sort((a, b) => b - a));
  });

  it('include a layer of every thematic file', () => {
    const sources = INTERACTIVE.map((id) => {
      const l = layer(id);
      return 'source' in l ? l.source : null;
    });
    for (const { file } of LAYERS) expect(sources, file).toContain(file);
  });
});
