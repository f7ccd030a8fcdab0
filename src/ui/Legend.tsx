import { useTranslation } from 'react-i18next';
import type { LegendEntry } from '../content/layers';
import { palette, type PaintKey } from '../map/palette';

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
      {note && <p className="legend-note">{t(note)}</p>}
    </>
  );
}
