import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/lang';
import { FONT_FILES } from './fonts';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { partLayers } from './kinds';
import { SLOTS } from './kinds/kind';
import { buildStyle, INTERACTIVE, LABEL_LAYERS, labelFields } from './style';

const style = buildStyle('en', [{ url: 'latin.woff2', 'unicode-range': ['U+0000-024F'] }]);
const layer = (id: string) => style.layers.find((l) => l.id === id)!;
const rank = (id: string) => ({ circle: 0, symbol: 0, line: 1, fill: 2 })[layer(id).type as 'circle'];

describe('the style', () => {
  it.for(LANGS)('in %s follows the style specification, fonts and all', (lang) => {
    const errors = validateStyleMin(buildStyle(lang, FONT_FILES.map((f) => ({ ...f, url: `https://app.invalid${f.url}` }))));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

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
    for (const { file } of LAYERS) expect(sources, file.id).toContain(file.id);
  });
});

describe('the story’s layers', () => {
  it('are drawn by their kinds, every style layer once, band by band in the registry’s order', () => {
    const drawn = style.layers.map((l) => l.id);
    const placed = LAYERS.flatMap((l) => partLayers(l, 'en'));
    expect(placed.length).toBeGreaterThan(20);
    for (const { layer } of placed) expect(drawn.filter((id) => id === layer.id), layer.id).toHaveLength(1);
    const bandOf = new Map(placed.map((p) => [p.layer.id, SLOTS.indexOf(p.slot)]));
    const bands = drawn.flatMap((id) => (bandOf.has(id) ? [bandOf.get(id)!] : []));
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
    expect(drawn.filter((id) => bandOf.has(id))).toEqual([...placed].sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot)).map((p) => p.layer.id));
  });

  it('each start with their layer’s id, so that turning a layer off hides all it draws', () => {
    for (const l of LAYERS) for (const { layer } of partLayers(l, 'en')) expect(layer.id.startsWith(`${l.id}-`), layer.id).toBe(true);
  });
});
