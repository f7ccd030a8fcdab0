import type { TFunction } from 'i18next';
import { LAYERS, type LegendEntry } from '../../content/layers';
import { sources } from '../../content/sources';
import type { Collections } from '../../domain/entity';
import { formatDate } from '../../domain/format';
import { citedSourceIds } from '../../domain/share';
import type { Lang, LayerId } from '../../domain/url';
import { palette, type PaintKey } from '../../map/palette';
import type { MapHandle } from '../MapCanvas';
import { saveBlob } from './save';

/** Canvas pixels per CSS pixel of the map. */
const IMAGE_SCALE = 2;

interface Parts {
  dir: 'ltr' | 'rtl';
  title: string;
  dateline: string;
  /** Labels already in the reader's language. */
  legend: LegendEntry[];
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

/** Saves the map as it is now, with its title, legend, date and credits drawn on it. */
export async function saveImage({ map, t, lang, layers, date, data }: Request): Promise<void> {
  const visible = LAYERS.filter((l) => layers.includes(l.id));
  // The article and Natural Earth are in the attribution line already.
  const cited = citedSourceIds(visible.flatMap((l) => data[l.file] ?? []))
    .filter((id) => id !== 'article' && id !== 'natural-earth')
    .map((id) => sources[id])
    .filter((s) => s !== undefined)
    .map((s) => `${s.outlet} (${formatDate(s.date, lang)})`);
  const today = new Date().toISOString().slice(0, 10);
  const parts: Parts = {
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    title: t('title'),
    dateline: [
      ...(date ? [t('image.asOn', { date: formatDate(date, lang) })] : []),
      t('intro.date'),
      t('image.made', { date: formatDate(today, lang) }),
    ].join(' · '),
    legend: visible.flatMap((l) => l.legend.map((e) => ({ ...e, label: t(e.label) }))),
    attribution: [t('map.attribution'), ...(cited.length > 0 ? [t('image.figures', { list: cited.join(' · ') })] : [])],
  };
  const canvas = await map.snapshot(IMAGE_SCALE);
  await compose(canvas, parts);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  saveBlob(blob, `kazakhstan-january-2022-${lang}.png`);
}

const PAD = 10;
const SWATCH = { w: 28, h: 18 };

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

/** Draws the texts over the map picture, in CSS pixels scaled to the canvas. */
async function compose(canvas: HTMLCanvasElement, parts: Parts): Promise<void> {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const s = IMAGE_SCALE;
  const W = canvas.width / s;
  const H = canvas.height / s;
  const family = getComputedStyle(document.documentElement).fontFamily;
  const font = (px: number, bold = false) => `${bold ? '700 ' : ''}${px}px ${family}`;
  await Promise.all([
    document.fonts.load(font(15, true), parts.title),
    document.fonts.load(font(11), parts.attribution.join(' ')),
  ]);
  ctx.scale(s, s);
  ctx.direction = parts.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
  const rtl = parts.dir === 'rtl';
  const startX = rtl ? W - PAD : PAD;
  const inner = W - 2 * PAD;

  // Title band.
  ctx.font = font(15, true);
  const title = wrap(ctx, parts.title, inner);
  ctx.font = font(11);
  const dateline = wrap(ctx, parts.dateline, inner);
  const top = PAD + title.length * 20 + dateline.length * 15 + PAD / 2;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, 0, W, top);
  ctx.fillStyle = palette.label;
  let y = PAD;
  ctx.font = font(15, true);
  for (const line of title) {
    ctx.fillText(line, startX, y);
    y += 20;
  }
  ctx.font = font(11);
  for (const line of dateline) {
    ctx.fillText(line, startX, y);
    y += 15;
  }

  // Credits band.
  ctx.font = font(10);
  const credits = parts.attribution.flatMap((a) => wrap(ctx, a, inner));
  const creditsTop = H - PAD / 2 - credits.length * 14 - PAD / 2;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, creditsTop, W, H - creditsTop);
  ctx.fillStyle = palette.label;
  credits.forEach((line, i) => ctx.fillText(line, startX, creditsTop + PAD / 2 + i * 14));

  // Legend, in the reading-start corner above the credits.
  if (parts.legend.length === 0) return;
  ctx.font = font(11);
  const row = 20;
  const labelWidth = Math.min(
    Math.max(...parts.legend.map((e) => ctx.measureText(e.label).width)),
    W * 0.6 - SWATCH.w - 3 * PAD,
  );
  const boxW = SWATCH.w + labelWidth + 3 * PAD;
  const boxH = parts.legend.length * row + PAD;
  const boxX = rtl ? W - PAD - boxW : PAD;
  const boxY = creditsTop - PAD - boxH;
  // Opaque: the swatches must read against white, whatever lies under the box.
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#d9d4c9';
  ctx.lineWidth = 1;
  ctx.fillRect(boxX, boxY, boxW, boxH);
  ctx.strokeRect(boxX, boxY, boxW, boxH);
  parts.legend.forEach((e, i) => {
    const rowY = boxY + PAD / 2 + i * row;
    const swatchX = rtl ? boxX + boxW - PAD - SWATCH.w : boxX + PAD;
    swatch(ctx, e, swatchX, rowY);
    ctx.fillStyle = palette.label;
    const textX = rtl ? swatchX - PAD : swatchX + SWATCH.w + PAD;
    ctx.fillText(e.label, textX, rowY + 3, labelWidth);
  });
}

/** The legend's SVG swatches (src/ui/Legend.tsx), drawn on the canvas. */
function swatch(ctx: CanvasRenderingContext2D, e: Pick<LegendEntry, 'symbol' | 'paint'>, x: number, y: number) {
  const color = palette[e.paint as PaintKey] ?? palette.label;
  const circle = (cx: number, cy: number, r: number) => {
    ctx.beginPath();
    ctx.arc(x + cx, y + cy, r, 0, 2 * Math.PI);
  };
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  switch (e.symbol) {
    case 'fill':
      ctx.globalAlpha = 0.55;
      ctx.fillRect(x + 2, y + 2, 24, 14);
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x + 2, y + 2, 24, 14);
      break;
    case 'line':
    case 'dashed':
      ctx.lineWidth = 3;
      ctx.setLineDash(e.symbol === 'dashed' ? [5, 3] : []);
      ctx.beginPath();
      ctx.moveTo(x + 2, y + 9);
      ctx.lineTo(x + 26, y + 9);
      ctx.stroke();
      break;
    case 'withdrawing':
      ctx.beginPath();
      ctx.moveTo(x + 2, y + 9);
      ctx.lineTo(x + 26, y + 9);
      ctx.lineWidth = 3.5;
      ctx.stroke();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.6;
      ctx.setLineDash([4, 3]);
      ctx.stroke();
      break;
    case 'circle':
      circle(14, 9, 6);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
      break;
    case 'ring':
      circle(14, 9, 5.5);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 2.5;
      ctx.stroke();
      break;
    case 'circles':
      ctx.globalAlpha = 0.78;
      circle(7, 12, 4);
      ctx.fill();
      circle(19, 9, 7.5);
      ctx.fill();
      break;
  }
  ctx.restore();
}
