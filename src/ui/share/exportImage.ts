import type { TFunction } from 'i18next';
import type { Collections } from '../../domain/entity';
import { markWords } from '../../domain/figureLabel';
import { formatDate, formatNumber } from '../../domain/format';
import { legendAt, scaleBar } from '../../domain/share';
import { credits } from '../credits';
import { type LayerId } from '../../domain/url';
import { dirOf, type Lang } from '../../domain/lang';
import { palette } from '../../map/palette';
import { HATCH_GAP, SWATCH, swatchMarks } from '../../map/swatch';
import type { MapHandle } from '../MapCanvas';
import { saveBlob } from './save';
import { story, symbolsOf, type LegendEntry } from '../../domain/story';
import { partLegend } from '../../map/kinds';
import { BASE_LEGEND } from '../../map/base';
import { MARKED_BELOW } from '../../map/kinds/symbols';
import { HEDGES, MARKS } from '../../strings/hedges';

const { layers: LAYERS, events } = story();

/** Canvas pixels per CSS pixel of the map. */
const IMAGE_SCALE = 2;

/** A legend entry whose label is already in the reader's language. */
type ImageLegendEntry = Omit<LegendEntry, 'label'> & { label: string };

interface Parts {
  dir: 'ltr' | 'rtl';
  title: string;
  dateline: string;
  legend: ImageLegendEntry[];
  /** A bar of `px` CSS pixels on the map, and the distance it stands for. */
  scale: { px: number; label: string } | null;
  attribution: string[];
}

interface Request {
  map: MapHandle;
  t: TFunction;
  lang: Lang;
  layers: readonly LayerId[];
  /** The timeline's day the map shows, or null for every day. */
  date: string | null;
  data: Collections;
}

/** Saves the map as it is now, with its title, date, legend and credits in bands around it. */
export async function saveImage({ map, t, lang, layers, date, data }: Request): Promise<void> {
  const visible = LAYERS.filter((l) => layers.includes(l.id));
  const today = new Date().toISOString().slice(0, 10);
  const view = map.view();
  const bar = view && scaleBar(view.lat, view.zoom, 120);
  // At this zoom the circles' figures carry marks, not words: the band says what they stand for.
  const marked = !!view && view.zoom < MARKED_BELOW && symbolsOf(visible).length > 0;
  const parts: Parts = {
    dir: dirOf(lang),
    title: t('title'),
    dateline: [
      ...(date ? [t('image.asOn', { date: formatDate(date, lang) })] : []),
      t('intro.date'),
      t('image.made', { date: formatDate(today, lang) }),
    ].join(' · '),
    // Only what the map draws at its date: no troops leaving on 6 January.
    legend: [
      ...visible.flatMap((l) => legendAt(partLegend(l.parts), data[l.file.id]?.features ?? [], l.timed ? date : null, events)),
      ...BASE_LEGEND,
    ].map((e) => ({ ...e, label: t(e.label) })),
    scale: bar && { px: bar.px, label: t('image.scale', { km: formatNumber(bar.km, lang) }) },
    attribution: [...(marked ? markWords(MARKS, HEDGES, lang).map((m) => t('layers.mark', m)) : []), ...credits(t, lang, layers, data)],
  };
  const image = await compose(await map.snapshot(IMAGE_SCALE), parts);
  const blob = await new Promise<Blob | null>((done) => image.toBlob(done, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  saveBlob(blob, `${story().imageName}-${lang}.png`);
}

const PAD = 10;
const GAP = { swatch: 6, entry: 18 };
const LINE = { title: 20, dateline: 15, legend: 22, credits: 14 };

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend entries in rows from the reading start, each row as wide as fits. */
function flow(ctx: CanvasRenderingContext2D, legend: ImageLegendEntry[], width: number) {
  const rows: { entry: ImageLegendEntry; offset: number; label: number }[][] = [];
  let row: (typeof rows)[number] = [];
  let used = 0;
  for (const entry of legend) {
    const label = Math.min(ctx.measureText(entry.label).width, width - SWATCH.w - GAP.swatch);
    const size = SWATCH.w + GAP.swatch + label;
    if (row.length > 0 && used + GAP.entry + size > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    const offset = row.length > 0 ? used + GAP.entry : 0;
    row.push({ entry, offset, label });
    used = offset + size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * The map picture between a title band and a band with the legend and credits, in CSS pixels
 * scaled to the canvas: nothing is drawn over the map itself.
 */
async function compose(map: HTMLCanvasElement, parts: Parts): Promise<HTMLCanvasElement> {
  const s = IMAGE_SCALE;
  const W = map.width / s;
  const H = map.height / s;
  const family = getComputedStyle(document.documentElement).fontFamily;
  const font = (px: number, bold = false) => `${bold ? '700 ' : ''}${px}px ${family}`;
  await Promise.all([
    document.fonts.load(font(15, true), parts.title),
    document.fonts.load(font(11), [parts.dateline, ...parts.legend.map((e) => e.label)].join(' ')),
    document.fonts.load(font(10), parts.attribution.join(' ')),
  ]);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const inner = W - 2 * PAD;

  // Measured before the canvas gets its size, which resets the context.
  ctx.font = font(15, true);
  const title = wrap(ctx, parts.title, inner);
  ctx.font = font(11);
  const dateline = wrap(ctx, parts.dateline, inner);
  const legend = flow(ctx, parts.legend, inner);
  ctx.font = font(10);
  const credits = parts.attribution.flatMap((a) => wrap(ctx, a, inner));
  const top = PAD + title.length * LINE.title + dateline.length * LINE.dateline + PAD / 2;
  const bottom =
    PAD + (legend.length + (parts.scale ? 1 : 0)) * LINE.legend + (legend.length > 0 ? PAD / 2 : 0) + credits.length * LINE.credits + PAD / 2;

  canvas.width = map.width;
  canvas.height = Math.round((top + H + bottom) * s);
  ctx.scale(s, s);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, top + H + bottom);
  ctx.drawImage(map, 0, top, W, H);
  ctx.strokeStyle = '#d9d4c9';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, top - 0.5, W - 1, H + 1);

  ctx.direction = parts.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
  const rtl = parts.dir === 'rtl';
  const startX = rtl ? W - PAD : PAD;
  ctx.fillStyle = palette.label;
  let y = PAD;
  ctx.font = font(15, true);
  for (const line of title) {
    ctx.fillText(line, startX, y);
    y += LINE.title;
  }
  ctx.font = font(11);
  for (const line of dateline) {
    ctx.fillText(line, startX, y);
    y += LINE.dateline;
  }

  // The legend starts where reading starts: at the left in English, at the right in Arabic.
  y = top + H + PAD;
  for (const row of legend) {
    for (const { entry, offset, label } of row) {
      const swatchX = rtl ? W - PAD - offset - SWATCH.w : PAD + offset;
      swatch(ctx, entry, swatchX, y + (LINE.legend - SWATCH.h) / 2);
      ctx.fillStyle = palette.label;
      const textX = rtl ? swatchX - GAP.swatch : swatchX + SWATCH.w + GAP.swatch;
      ctx.fillText(entry.label, textX, y + 5, label);
    }
    y += LINE.legend;
  }
  // The scale of the map's middle (Web Mercator stretches it northwards), where the legend starts.
  if (parts.scale) {
    const { px, label } = parts.scale;
    const [x0, x1] = rtl ? [W - PAD - px, W - PAD] : [PAD, PAD + px];
    const mid = y + LINE.legend / 2;
    ctx.strokeStyle = palette.label;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x0, mid - 4);
    ctx.lineTo(x0, mid);
    ctx.lineTo(x1, mid);
    ctx.lineTo(x1, mid - 4);
    ctx.stroke();
    ctx.fillStyle = palette.label;
    ctx.fillText(label, rtl ? x0 - GAP.swatch : x1 + GAP.swatch, y + 5);
    y += LINE.legend;
  }
  if (legend.length > 0) y += PAD / 2;
  ctx.font = font(10);
  for (const line of credits) {
    ctx.fillText(line, startX, y);
    y += LINE.credits;
  }
  return canvas;
}

/** The legend's swatch, drawn from the same marks as the page's SVG legend. */
function swatch(ctx: CanvasRenderingContext2D, entry: Pick<LegendEntry, 'symbol' | 'colour'>, x: number, y: number) {
  for (const m of swatchMarks(entry)) {
    ctx.save();
    ctx.translate(x, y);
    ctx.beginPath();
    if (m.shape === 'line') {
      ctx.moveTo(m.x1, m.y1);
      ctx.lineTo(m.x2, m.y2);
      ctx.setLineDash(m.dash ?? []);
    } else if (m.shape === 'circle') ctx.arc(m.cx, m.cy, m.r, 0, 2 * Math.PI);
    else ctx.roundRect(m.x, m.y, m.w, m.h, 2);
    if (m.shape !== 'line' && m.fill) {
      ctx.globalAlpha = m.opacity ?? 1;
      ctx.fillStyle = m.fill;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    if (m.shape === 'rect' && m.hatch) {
      hatch(ctx, m, m.hatch);
      // The hatch's lines replaced the path: the border is the box again.
      ctx.beginPath();
      ctx.roundRect(m.x, m.y, m.w, m.h, 2);
    }
    if (m.stroke && m.width) {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.width;
      ctx.stroke();
    }
    ctx.restore();
  }
}

/** Diagonal lines clipped to the box, as the SVG pattern draws them. */
function hatch(ctx: CanvasRenderingContext2D, r: { x: number; y: number; w: number; h: number }, color: string) {
  ctx.save();
  ctx.clip();
  ctx.beginPath();
  for (let d = -r.h; d < r.w + r.h; d += HATCH_GAP) {
    ctx.moveTo(r.x + d, r.y + r.h);
    ctx.lineTo(r.x + d + r.h, r.y);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.restore();
}
