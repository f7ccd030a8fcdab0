import type { ParseKeys } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { markWords } from '../domain/figureLabel';
import { formatNumber } from '../domain/format';
import { asLang } from '../domain/lang';
import { palette, type Colour } from '../map/palette';
import { HATCH_GAP, SWATCH, swatchMarks } from '../map/swatch';
import type { LegendEntry, SizeKey } from '../domain/story';
import { HEDGES, MARKS } from '../strings/hedges';

/** Reference circles drawn at the map's own scale, nested on one baseline, each with its figure. */
function Sizes({ sizes: { scale, values, label }, colour }: { sizes: SizeKey; colour: Colour }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const radii = values.map((n) => scale * Math.sqrt(n));
  const big = Math.max(...radii);
  // Room above the largest circle for its figure.
  const height = 2 * big + 10;
  return (
    <figure className="size-key">
      <svg width={2 * big + 64} height={height} aria-hidden="true">
        {radii.map((r, i) => (
          <g key={values[i]}>
            <circle cx={big + 2} cy={height - 2 - r} r={r} fill="none" stroke={colour} strokeWidth="1.2" />
            <line x1={big + 2} x2={2 * big + 10} y1={height - 2 - 2 * r} y2={height - 2 - 2 * r} stroke={colour} strokeWidth="0.8" />
            <text x={2 * big + 12} y={height - 2 - 2 * r + 4} fontSize="11" fill={palette.label}>
              {formatNumber(values[i] ?? 0, lang)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {t(label, { list: values.map((n) => formatNumber(n, lang)).join(', ') })}
        {markWords(MARKS, HEDGES, lang).map((m) => (
          <span key={m.mark} className="mark-key">
            {t('layers.mark', m)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** A small picture of how the map draws an entry, in the map's own colours. */
export function Swatch(entry: Pick<LegendEntry, 'symbol' | 'colour'>) {
  const hatchId = useId();
  return (
    <svg width={SWATCH.w} height={SWATCH.h} viewBox={`0 0 ${SWATCH.w} ${SWATCH.h}`} aria-hidden="true">
      {swatchMarks(entry).map((m, i) => {
        switch (m.shape) {
          case 'rect':
            return (
              <g key={i}>
                {m.hatch && (
                  <defs>
                    <pattern id={hatchId} width={HATCH_GAP} height={HATCH_GAP} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                      <path d={`M0 0v${HATCH_GAP}`} stroke={m.hatch} strokeWidth="2" />
                    </pattern>
                  </defs>
                )}
                <rect x={m.x} y={m.y} width={m.w} height={m.h} rx="2" fill={m.hatch ? `url(#${hatchId})` : m.fill} fillOpacity={m.opacity} stroke={m.stroke} strokeWidth={m.width} />
              </g>
            );
          case 'line':
            return <path key={i} d={`M${m.x1} ${m.y1}L${m.x2} ${m.y2}`} stroke={m.stroke} strokeWidth={m.width} strokeDasharray={m.dash?.join(' ')} />;
          case 'circle':
            return <circle key={i} cx={m.cx} cy={m.cy} r={m.r} fill={m.fill} fillOpacity={m.opacity} stroke={m.stroke} strokeWidth={m.width} />;
        }
      })}
    </svg>
  );
}

export function Legend({ entries, note }: { entries: readonly LegendEntry[]; note?: ParseKeys }) {
  const { t } = useTranslation();
  const sized = entries.find((e) => e.sizes);
  return (
    <>
      <ul className="legend">
        {entries.map((e) => (
          <li key={e.label}>
            <Swatch symbol={e.symbol} colour={e.colour} />
            <span>{t(e.label)}</span>
          </li>
        ))}
      </ul>
      {sized?.sizes && <Sizes sizes={sized.sizes} colour={sized.colour} />}
      {note && <p className="legend-note">{t(note)}</p>}
    </>
  );
}
