import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../domain/format';
import { AXIS, axisDays, axisFraction, axisSide } from '../domain/timeline';
import type { Lang } from '../domain/lang';
import { SourceBadges } from './SourceBadge';
import { storyTextsQuery } from '../data/texts';
import { story } from '../domain/story';

const { events } = story();

interface Props {
  lang: Lang;
  /** The day the map shows, or null for every day at once. */
  date: string | null;
  onChange(date: string | null): void;
}

const DAYS = axisDays();
/** How long each day stays on screen while playing. */
const STEP_MS = 1200;

/** The date scrubber: a slider over 1–19 January, play and pause, and the day's events with their sources. */
export function Timeline({ lang, date, onChange }: Props) {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  const headingId = useId();
  const day = date ?? AXIS.end;
  const index = DAYS.indexOf(day);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = DAYS[index + 1];
      if (next) onChange(next);
      else setPlaying(false);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, onChange]);

  const play = () => {
    if (!playing && (date === null || date === AXIS.end)) onChange(AXIS.start);
    setPlaying(!playing);
  };
  const today = date === null ? [] : events.filter((e) => e.date === date);
  // The day's words arrive with the story's other texts, once a day is first shown.
  const said = useQuery({ ...storyTextsQuery, enabled: date !== null }).data?.events;

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <div className="timeline-head">
        <h2 id={headingId}>{t('timeline.heading')}</h2>
        <button
          type="button"
          className="timeline-play"
          aria-pressed={playing}
          aria-label={playing ? t('timeline.pause') : t('timeline.play')}
          title={playing ? t('timeline.pause') : t('timeline.play')}
          onClick={play}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        {date !== null && (
          <button
            type="button"
            onClick={() => {
              setPlaying(false);
              onChange(null);
            }}
          >
            {t('timeline.all')}
          </button>
        )}
      </div>
      <div className="timeline-track">
        <input
          type="range"
          min={0}
          max={DAYS.length - 1}
          step={1}
          value={index}
          aria-label={t('timeline.label')}
          aria-valuetext={formatDate(day, lang)}
          onChange={(e) => onChange(DAYS[Number(e.target.value)] ?? null)}
        />
        <ol className="timeline-ticks" aria-hidden="true">
          {[...new Set(events.filter((e) => axisSide(e.date) === 'on').map((e) => e.date))].map((d) => (
            <li key={d} style={{ insetInlineStart: `${axisFraction(d) * 100}%` }} data-past={date === null || d <= date} />
          ))}
        </ol>
        {/* The slider's own value text names the day for a screen reader; these name it for the eye. */}
        <ol className="timeline-axis" aria-hidden="true">
          {DAYS.map((d) => {
            const n = Number(d.slice(8));
            return (
              <li key={d} style={{ insetInlineStart: `${axisFraction(d) * 100}%` }} data-major={n === 1 || n % 5 === 0 || d === AXIS.end}>
                {formatNumber(n, lang)}
              </li>
            );
          })}
        </ol>
      </div>
      {/* A box of fixed height: a busy day scrolls within it rather than pushing the map up. */}
      <div className="timeline-events" aria-live="polite" tabIndex={0}>
        {date === null ? (
          <p>{t('timeline.allShown')}</p>
        ) : (
          <>
            <p className="timeline-day">{t('timeline.onDay', { date: formatDate(date, lang) })}</p>
            {today.length === 0 && <p>{t('timeline.none')}</p>}
            <ul>
              {today.map((e) => (
                <li key={e.id}>
                  {said?.[e.id]?.[lang] ?? t('layers.loading')} <SourceBadges cites={[e, ...(e.also ?? [])]} lang={lang} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
