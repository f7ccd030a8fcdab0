/**
 * What the browser tests read of the names the map draws: each name's box as MapLibre placed it,
 * and whether a click on its text opens what it names (the click's own rule, `__pick`).
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../src/domain/lang';
import { LABEL_LAYERS } from '../src/map/style';
import { onMap } from './browser';

/** A name as MapLibre placed it: the box its text was placed in, in page pixels, and what it names. */
export interface Name {
  layer: string;
  opens: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Its middle and two points just inside both ends of its text, in page pixels. */
  points: { x: number; y: number; where: 'start' | 'middle' | 'end' }[];
}

export interface Read {
  names: Name[];
  /** The names whose points do not open what they name, by the click's own rule. */
  wrong: string[];
  /** How many of the names' points were on the map (not under a panel or a control). */
  tried: number;
}

/**
 * Every name drawn now, found by asking the map what name lies under each point of a grid fine
 * enough to meet every line of text, then each box's edges to the pixel; with `touch` set, what a
 * click (or tap) at each of its points opens, by the rule the map's click handler runs (`__pick`).
 * One synchronous call in the page: MapLibre cannot place its names anew between the two.
 */
export function readNames(page: Page, lang: Lang, touch: boolean | null = null): Promise<Read> {
  return onMap(
    page,
    (map, { layers, lang, step, touch }) => {
      const present = layers.filter((l) => map.getLayer(l));
      const el = map.getCanvas();
      const canvas = el.getBoundingClientRect();
      type Box = { layer: string; opens: string; text: string; x0: number; x1: number; y0: number; y1: number };
      const boxes = new Map<string, Box>();
      const keyOf = (f: import('maplibre-gl').MapGeoJSONFeature) => `${f.layer.id}|${String(f.properties.id)}`;
      const at = (x: number, y: number) => map.queryRenderedFeatures([x, y], { layers: present });
      for (let y = 0; y < canvas.height; y += step)
        for (let x = 0; x < canvas.width; x += step)
          for (const f of at(x, y)) {
            const key = keyOf(f);
            const p = f.properties as Record<string, string | undefined>;
            const box = boxes.get(key) ?? {
              layer: f.layer.id,
              opens: String(p.ref ?? p.id),
              text: String(p[`name_${lang}`] ?? p.name_en),
              x0: x,
              x1: x,
              y0: y,
              y1: y,
            };
            box.x0 = Math.min(box.x0, x);
            box.x1 = Math.max(box.x1, x);
            box.y0 = Math.min(box.y0, y);
            box.y1 = Math.max(box.y1, y);
            boxes.set(key, box);
          }
      // To the pixel: outwards from the grid's last hit, along the box's middle.
      const has = (key: string, x: number, y: number) => at(x, y).some((f) => keyOf(f) === key);
      const edge = (key: string, from: number, dir: -1 | 1, point: (v: number) => [number, number]) => {
        let v = from;
        while (Math.abs(v - from) < step && has(key, ...point(v + dir))) v += dir;
        return v;
      };
      const names = [...boxes].map(([key, b]): Name => {
        const cy = (b.y0 + b.y1) / 2;
        const cx = (b.x0 + b.x1) / 2;
        const [left, right] = [edge(key, b.x0, -1, (x) => [x, cy]), edge(key, b.x1, 1, (x) => [x, cy])];
        const inset = Math.min(3, (right - left) / 4);
        return {
          layer: b.layer,
          opens: b.opens,
          text: b.text,
          left: canvas.left + left,
          right: canvas.left + right,
          top: canvas.top + edge(key, b.y0, -1, (y) => [cx, y]),
          bottom: canvas.top + edge(key, b.y1, 1, (y) => [cx, y]),
          points: (
            [
              [left + inset, 'start'],
              [(left + right) / 2, 'middle'],
              [right - inset, 'end'],
            ] as const
          ).map(([x, where]) => ({ x: canvas.left + x, y: canvas.top + cy, where })),
        };
      });
      const wrong: string[] = [];
      let tried = 0;
      if (touch !== null) {
        const pick = (window as unknown as { __pick(point: { x: number; y: number }, touch: boolean): string[] }).__pick;
        for (const n of names)
          for (const { x, y, where } of n.points) {
            if (document.elementFromPoint(x, y) !== el) continue;
            tried++;
            const got = pick({ x: x - canvas.left, y: y - canvas.top }, touch);
            if (got.length !== 1 || got[0] !== n.opens) wrong.push(`${n.text} (${n.layer}) at its ${where} opens ${got.join(' or ') || 'nothing'}, not ${n.opens}`);
          }
      }
      return { names, wrong, tried };
    },
    // Every name's box is at least 16 px tall and wide, padding included.
    { layers: [...LABEL_LAYERS], lang, step: 10, touch },
  );
}
