import { useTranslation } from 'react-i18next';
import type { LegendEntry } from '../content/layers';
import { formatNumber } from '../domain/format';
import type { Lang } from '../domain/url';
import { palette, type PaintKey } from '../map/palette';
import { TROOP_SCALE } from '../map/style';

/** Reference troop figures for the size key: the range the map's circles span. */
const KEY_TROOPS = [100, 500, 2500];

/** Reference circles drawn at the map's own scale, nested on one baseline, each with its figure. */
function SizeKey() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'ar' ? 'ar' : 'en';
  const radii = KEY_TROOPS.map((n) => TROOP_SCALE * Math.sqrt(n));
  const big = Math.max(...radii);
  // Room above the largest circle for its figure.
  const height = 2 * big + 10;
  return (
    <figure className="size-key">
      <svg width={2 * big + 64} height={height} aria-hidden="true">
        {radii.map((r, i) => (
          <g key={KEY_TROOPS[i]}>
            <circle cx={big + 2} cy={height - 2 - r} r={r} fill="none" stroke={palette.troops} strokeWidth="1.2" />
            <line x1={big + 2} x2={2 * big + 10} y1={height - 2 - 2 * r} y2={height - 2 - 2 * r} stroke={palette.troops} strokeWidth="0.8" />
            <text x={2 * big + 12} y={height - 2 - 2 * r + 4} fontSize="11" fill={palette.label}>
              {formatNumber(KEY_TROOPS[i] ?? 0, lang)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{t('legend.sizeKey', { list: KEY_TROOPS.map((n) => formatNumber(n, lang)).join(', ') })}</figcaption>
    </figure>
  );
}

/** A small picture of how the map draws an entry, in the map's own colours. */
export function Swatch({ symbol, paint }: Pick<LegendEntry, 'symbol' | 'paint'>) {
  const color = palette[paint as PaintKey] ?? palette.label;
  const common = { width: 28, height: 18, viewBox: '0 0 28 18', 'aria-hidden': true } as const;
  switch (symbol) {
    case 'fill':
      return (
        <svg {...common}>
          <rect x="2" y="2" width="24" height="14" rx="2" fill={color} fillOpacity="0.55" stroke={color} strokeWidth="1.5" />
        </svg>
      );
    case 'line':
    case 'dashed':
      return (
        <svg {...common}>
          <path d="M2 9h24" stroke={color} strokeWidth="3" strokeDasharray={symbol === 'dashed' ? '5 3' : undefined} />
        </svg>
      );
    case 'withdrawing':
      return (
        <svg {...common}>
          <path d="M2 9h24" stroke={color} strokeWidth="3.5" />
          <path d="M2 9h24" stroke="#fff" strokeWidth="1.6" strokeDasharray="4 3" />
        </svg>
      );
    case 'circle':
      return (
        <svg {...common}>
          <circle cx="14" cy="9" r="6" fill={color} stroke="#fff" strokeWidth="1.5" />
        </svg>
      );
    case 'ring':
      return (
        <svg {...common}>
          <circle cx="14" cy="9" r="5.5" fill="#fff" stroke={color} strokeWidth="2.5" />
        </svg>
      );
    case 'hatch':
      return (
        <svg {...common}>
          <defs>
            <pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <path d="M0 0v6" stroke={color} strokeWidth="2" />
            </pattern>
          </defs>
          <rect x="2" y="2" width="24" height="14" rx="2" fill="url(#legend-hatch)" stroke={palette.border} strokeWidth="1" />
        </svg>
      );
    case 'circles':
      return (
        <svg {...common}>
          <circle cx="7" cy="12" r="4" fill={color} fillOpacity="0.78" />
          <circle cx="19" cy="9" r="7.5" fill={color} fillOpacity="0.78" />
        </svg>
      );
  }
}

export function Legend({ entries, note }: { entries: readonly LegendEntry[]; note?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="legend">
        {entries.map((e) => (
          <li key={e.label}>
            <Swatch symbol={e.symbol} paint={e.paint} />
            <span>{t(e.label)}</span>
          </li>
        ))}
      </ul>
      {entries.some((e) => e.symbol === 'circles') && <SizeKey />}
      {note && <p className="legend-note">{t(note)}</p>}
    </>
  );
}
